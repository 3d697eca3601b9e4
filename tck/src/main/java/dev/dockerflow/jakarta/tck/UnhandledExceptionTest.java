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

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import dev.dockerflow.jakarta.tck.deployment.SummaryRecorder;
import jakarta.json.JsonObject;

/**
 * An exception the application does not map: the client gets a bare 500 without the exception, the
 * log one request.summary at error severity with errno 500 and the exception.
 */
@ExtendWith(ArquillianExtension.class)
class UnhandledExceptionTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(UnhandledExceptionTest.class).with(SummaryRecorder.class).build();
    }

    @ArquillianResource
    URL base;

    @Test
    void theClientLearnsNothingAndTheLogEverything() {
        HttpResponse<String> response = get(base, "tck/unmapped", "X-Request-ID", "tck-unmapped");

        assertEquals(500, response.statusCode());
        String everything = response.headers().map() + response.body();
        for (String secret : List.of("IllegalStateException", "hunter2", "at dev.dockerflow")) {
            assertFalse(everything.contains(secret), "the response shows " + secret + ": " + everything);
        }
        assertEquals("Internal Server Error", response.body());

        JsonObject line = Http.summaryOf(base, "tck-unmapped");
        assertEquals(3, line.getInt("Severity"));
        JsonObject fields = line.getJsonObject("Fields");
        assertEquals(500, fields.getInt("errno"));
        assertEquals(500, fields.getInt("code"));
        assertEquals("tck: a failure nobody maps, password=hunter2", fields.getString("msg"));
        assertEquals("java.lang.IllegalStateException: tck: a failure nobody maps, password=hunter2",
                fields.getString("error"));
    }
}
