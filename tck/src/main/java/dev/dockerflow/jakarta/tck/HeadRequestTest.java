package dev.dockerflow.jakarta.tck;

import static dev.dockerflow.jakarta.tck.Http.expected;
import static dev.dockerflow.jakarta.tck.Http.get;
import static dev.dockerflow.jakarta.tck.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.dockerflow.jakarta.tck.deployment.WarningCheck;

/** HEAD on the heartbeat and version endpoints: GET's status and content type, no body. */
@ExtendWith(ArquillianExtension.class)
class HeadRequestTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(HeadRequestTest.class).with(WarningCheck.class)
                .resource("META-INF/dockerflow/version.json", "{\"version\": \"1.2.3\"}").build();
    }

    @ArquillianResource
    URL base;

    @Test
    void heartbeat() {
        HttpResponse<String> response = Http.send("HEAD", base, "__heartbeat__");

        assertEquals(500, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("", response.body());
    }

    @Test
    void version() {
        HttpResponse<String> response = Http.send("HEAD", base, "__version__");

        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("", response.body());
    }
}
