package dev.dockerflow.jakarta.tck;

import static dev.dockerflow.jakarta.tck.Http.get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.dockerflow.jakarta.tck.deployment.SummaryRecorder;
import jakarta.json.JsonObject;

/** {@code dockerflow.error-endpoint=true}: {@code /__error__} fails on purpose, a bare 500 summarised as one. */
@ExtendWith(ArquillianExtension.class)
class ErrorEndpointTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(ErrorEndpointTest.class).with(SummaryRecorder.class)
                .config("dockerflow.error-endpoint", "true").build();
    }

    @ArquillianResource
    URL base;

    @Test
    void failsOnPurpose() {
        HttpResponse<String> response = get(base, "__error__", "X-Request-ID", "tck-error");

        assertEquals(500, response.statusCode());
        // The plain 500 of any unmapped exception, whatever writer the runtime picks: nothing of the error
        assertEquals("Internal Server Error", response.body());
        JsonObject line = Http.summaryOf(base, "tck-error");
        assertEquals(3, line.getInt("Severity"));
        assertEquals(500, line.getJsonObject("Fields").getInt("errno"));
    }
}
