package dev.dockerflow.jakarta.internal.requestid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;

import dev.dockerflow.jakarta.DockerflowFeature;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.WithoutLibraries;
import org.junit.jupiter.api.Test;

/**
 * A runtime without MicroProfile Context Propagation (an optional dependency of the library, for the request id's
 * other thread context provider): the application deploys and serves requests with their ids; the provider's
 * service file is read by no one there.
 */
class WithoutMicroProfileContextPropagationTest {

    @Test
    void deploysAndServesRequestsWithTheirIds() throws IOException, ReflectiveOperationException {
        try (WithoutLibraries application = WithoutLibraries.hiding("org.eclipse.microprofile.context.",
                "io.smallrye.context.")) {
            assertTrue(application.sees(DockerflowFeature.class.getName()));
            assertFalse(application.sees("org.eclipse.microprofile.context.spi.ThreadContextProvider"));

            HttpResponse<String> heartbeat = application.heartbeat(DockerflowApp.with());

            assertEquals(200, heartbeat.statusCode());
            assertTrue(heartbeat.headers().firstValue("X-Request-ID").isPresent(), heartbeat.headers().toString());
        }
    }
}
