package dev.dockerflow.jakarta.internal.requestid;

import dev.dockerflow.jakarta.logging.RequestId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockerflow.jakarta.internal.summary.Resources;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.LogCapture;
import dev.dockerflow.jakarta.testing.MozlogLines;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The application's own log lines carry the request's id, and a pooled thread does not carry it on to
 * the next request: every request here is served by the same single worker thread.
 */
class RequestIdOnApplicationLogsTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with().jaxrs(Resources.class, CurrentId.class).oneWorkerThread()
            .plainHandler("/static", () -> {
                Logger.getLogger("notes.app").info("serving a static file");
                return RequestId.current().orElse("none");
            });

    @RegisterExtension
    LogCapture appLog = LogCapture.of("notes.app");

    @Test
    void applicationLinesCarryTheRequestId() {
        app.get("/notes", "X-Request-ID", "first-request");
        HttpResponse<String> second = app.get("/notes");

        List<String> lines = appLog.mozlogLines();
        assertEquals(2, lines.size());
        JsonNode first = MozlogLines.parse(lines.get(0)).get("Fields");
        assertEquals("listing notes", first.get("msg").asText());
        assertEquals("first-request", first.get("rid").asText());
        String secondId = second.headers().firstValue("X-Request-ID").orElseThrow();
        assertEquals(secondId, MozlogLines.parse(lines.get(1)).get("Fields").get("rid").asText());
    }

    @Test
    void applicationCodeReadsTheCurrentId() {
        assertEquals("mine", app.get("/current-id", "X-Request-ID", "mine").body());
        String next = app.get("/current-id").body();
        assertTrue(next.matches("[0-9a-f-]{36}"), next);
    }

    @Test
    void nothingIsLeftOnThePooledThreadForWhatComesNext() {
        app.get("/notes", "X-Request-ID", "before");

        // Served on the same and only worker thread, outside Jakarta REST, like a static file.
        assertEquals("none", app.get("/static").body());
        JsonNode line = MozlogLines.parse(appLog.mozlogLines().get(1));
        assertEquals("serving a static file", line.get("Fields").get("msg").asText());
        assertTrue(!line.get("Fields").has("rid"), line.toString());
    }

    @Test
    void nothingOfTheTraceIsLeftOnThePooledThreadEither() {
        app.get("/notes", "X-Request-ID", "traced", "traceparent", TraceIdTest.TRACEPARENT);
        assertEquals(TraceIdTest.TRACE_ID, MozlogLines.parse(appLog.mozlogLines().get(0)).get("Fields")
                .get("trace_id").asText());

        // The same and only worker thread logs after the request, outside Jakarta REST.
        assertEquals("none", app.get("/static").body());
        JsonNode line = MozlogLines.parse(appLog.mozlogLines().get(1));
        assertEquals("serving a static file", line.get("Fields").get("msg").asText());
        assertTrue(!line.get("Fields").has("rid") && !line.get("Fields").has("trace_id"), line.toString());
    }

    @Path("/")
    public static class CurrentId {
        @GET
        @Path("current-id")
        public String current() {
            return RequestId.current().orElse("none");
        }
    }
}
