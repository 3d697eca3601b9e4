package dev.dockerflow.jakarta.tck;

import static dev.dockerflow.jakarta.tck.Http.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
 * endpoints and an application's 404 alike, with the status as {@code code}, and the trace id of a
 * valid {@code traceparent} as {@code trace_id}.
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
        assertEquals(List.of("errno", "agent", "lang", "method", "path", "uid", "rid", "t", "code"),
                List.copyOf(fields.keySet()));
        assertEquals(0, fields.getInt("errno"));
        assertEquals("tck-client/1.0", fields.getString("agent"));
        assertEquals("tlh", fields.getString("lang"));
        assertEquals("GET", fields.getString("method"));
        assertTrue(fields.getString("path").endsWith("/__lbheartbeat__"), fields.getString("path"));
        assertEquals("", fields.getString("uid"));
        assertTrue(fields.getInt("t") >= 0, fields.toString());
        assertEquals(200, fields.getInt("code"));
    }

    @Test
    void joinsTheCallersTrace() {
        get(base, "__lbheartbeat__", "X-Request-ID", "tck-3",
                "traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        get(base, "__lbheartbeat__", "X-Request-ID", "tck-4",
                "traceparent", "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01");

        JsonObject traced = Http.summaryOf(base, "tck-3").getJsonObject("Fields");
        assertEquals(List.of("errno", "agent", "lang", "method", "path", "uid", "rid", "t", "code", "trace_id"),
                List.copyOf(traced.keySet()));
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", traced.getString("trace_id"));
        // Uppercase hex: not a valid traceparent, ignored.
        assertFalse(Http.summaryOf(base, "tck-4").getJsonObject("Fields").containsKey("trace_id"));
    }

    @Test
    void summarisesANotFound() {
        assertEquals(404, get(base, "nowhere", "X-Request-ID", "tck-2").statusCode());

        JsonObject fields = Http.summaryOf(base, "tck-2").getJsonObject("Fields");
        assertEquals(0, fields.getInt("errno"));
        assertEquals(404, fields.getInt("code"));
        assertTrue(fields.getString("path").endsWith("/nowhere"), fields.getString("path"));
    }
}
