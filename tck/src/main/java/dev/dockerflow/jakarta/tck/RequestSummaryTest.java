package dev.dockerflow.jakarta.tck;

import static dev.dockerflow.jakarta.tck.Http.get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.dockerflow.jakarta.tck.deployment.SummaryRecorder;
import jakarta.json.JsonObject;

/**
 * One request.summary record per request, a mozlog line with the contract's fields: the Dockerflow
 * endpoints and an application's 404 alike.
 */
@ExtendWith(ArquillianExtension.class)
class RequestSummaryTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(RequestSummaryTest.class).with(SummaryRecorder.class).build();
    }

    @ArquillianResource
    URL base;

    @Test
    void summarisesADockerflowEndpoint() {
        get(base, "__lbheartbeat__", "User-Agent", "tck-client/1.0", "Accept-Language", "tlh", "X-Request-ID", "tck-1");

        JsonObject line = Http.summaryOf(base, "tck-1");
        assertEquals("request.summary", line.getString("Type"));
        assertEquals(6, line.getInt("Severity"));
        assertEquals("2.0", line.getString("EnvVersion"));
        JsonObject fields = line.getJsonObject("Fields");
        assertEquals(List.of("errno", "agent", "lang", "method", "path", "uid", "rid", "t"), List.copyOf(fields.keySet()));
        assertEquals(0, fields.getInt("errno"));
        assertEquals("tck-client/1.0", fields.getString("agent"));
        assertEquals("tlh", fields.getString("lang"));
        assertEquals("GET", fields.getString("method"));
        assertTrue(fields.getString("path").endsWith("/__lbheartbeat__"), fields.getString("path"));
        assertEquals("", fields.getString("uid"));
        assertTrue(fields.getInt("t") >= 0, fields.toString());
    }

    @Test
    void summarisesANotFound() {
        assertEquals(404, get(base, "nowhere", "X-Request-ID", "tck-2").statusCode());

        JsonObject fields = Http.summaryOf(base, "tck-2").getJsonObject("Fields");
        assertEquals(0, fields.getInt("errno"));
        assertTrue(fields.getString("path").endsWith("/nowhere"), fields.getString("path"));
    }
}
