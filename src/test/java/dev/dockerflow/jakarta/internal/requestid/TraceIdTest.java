package dev.dockerflow.jakarta.internal.requestid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockerflow.jakarta.internal.summary.Resources;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.LogCapture;
import dev.dockerflow.jakarta.testing.MozlogLines;
import dev.dockerflow.jakarta.testing.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The trace id of the caller's valid {@code traceparent} is {@code trace_id} in request.summary and on
 * the request's other lines, beside {@code rid}; a malformed one is ignored: no {@code trace_id}, never
 * echoed, valid lines and a normal response.
 */
class TraceIdTest {

    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with().jaxrs(Resources.class);

    @RegisterExtension
    LogCapture summaries = LogCapture.of("request.summary");

    @RegisterExtension
    LogCapture appLog = LogCapture.of("notes.app");

    @Test
    void aValidTraceparentJoinsEveryLineOfTheRequestToTheTrace() {
        HttpResponse<String> response = app.get("/notes", "X-Request-ID", "traced-1", "traceparent", TRACEPARENT);

        assertEquals(200, response.statusCode());
        JsonNode summary = single(summaries).get("Fields");
        assertEquals(List.of("errno", "agent", "lang", "method", "path", "uid", "rid", "t", "code", "trace_id"),
                fieldNames(summary));
        assertEquals(TRACE_ID, summary.get("trace_id").asText());
        JsonNode application = single(appLog).get("Fields");
        assertEquals("listing notes", application.get("msg").asText());
        assertEquals("traced-1", application.get("rid").asText());
        assertEquals(TRACE_ID, application.get("trace_id").asText());
        // The trace is the caller's: nothing of it goes back.
        assertFalse(response.headers().map().toString().contains(TRACE_ID), response.headers().toString());
    }

    @Test
    void aLaterVersionsTraceparentJoinsTheTraceToo() {
        app.get("/notes", "traceparent", "cc-" + TRACE_ID + "-00f067aa0ba902b7-01-what-comes-next");

        assertEquals(TRACE_ID, single(summaries).get("Fields").get("trace_id").asText());
        assertEquals(TRACE_ID, single(appLog).get("Fields").get("trace_id").asText());
    }

    @Test
    void withoutTraceparentThereIsNoTraceId() {
        app.get("/notes", "X-Request-ID", "untraced-1");

        assertEquals(List.of("errno", "agent", "lang", "method", "path", "uid", "rid", "t", "code"),
                fieldNames(single(summaries).get("Fields")));
        JsonNode application = single(appLog).get("Fields");
        assertEquals("untraced-1", application.get("rid").asText());
        assertFalse(application.has("trace_id"), application.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "00-" + TRACE_ID + "-00f067aa0ba902b7-011",
        "00-" + TRACE_ID + "-00f067aa0ba902b7",
        "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
        "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
        "00-" + TRACE_ID + "-0000000000000000-01",
        "ff-" + TRACE_ID + "-00f067aa0ba902b7-01",
        "00-" + TRACE_ID + "-00f067aa0ba902bx-01",
        "00-" + TRACE_ID + " -00f067aa0ba902b7-01",
        "00 - " + TRACE_ID + " - 00f067aa0ba902b7 - 01",
        "00-" + TRACE_ID + "\",\"Severity\":0,\"x\":\"-01",
        "00-" + TRACE_ID + "-00f067aa0ba902b7-01-" + "{\"Severity\":0}",
        "not a trace at all",
    })
    void aMalformedTraceparentIsIgnored(String traceparent) {
        HttpResponse<String> response = app.get("/notes", "traceparent", traceparent);

        assertIgnored(traceparent, response.statusCode(), response.headers().map().toString());
    }

    @Test
    void aFoldedTraceparentIsIgnored() {
        // An obsolete line folding: whatever the server makes of it, it is no valid traceparent.
        RawHttp.Exchange response = RawHttp.exchange(app.port(), "GET /notes HTTP/1.1",
                "traceparent: 00-" + TRACE_ID + "\r\n -00f067aa0ba902b7-01");

        assertIgnored(TRACE_ID, response.status(), response.head());
    }

    @Test
    void twoTraceparentsAreIgnored() {
        // W3C Trace Context: a request with more than one traceparent has none that is valid.
        RawHttp.Exchange response = RawHttp.exchange(app.port(), "GET /notes HTTP/1.1",
                "traceparent: " + TRACEPARENT, "traceparent: " + TRACEPARENT);

        assertIgnored(TRACEPARENT, response.status(), response.head());
    }

    @Test
    void aLongTraceparentIsIgnored() {
        // 7 kB: the server answers a longer head 400 before the application sees it; TraceParentTest reads 10 kB.
        String traceparent = "00-" + TRACE_ID + "-00f067aa0ba902b7-01" + "-x".repeat(3_500);
        RawHttp.Exchange response = RawHttp.exchange(app.port(), "GET /notes HTTP/1.1", "traceparent: " + traceparent);

        assertIgnored(traceparent, response.status(), response.head());
    }

    private void assertIgnored(String traceparent, int status, String responseHeaders) {
        assertEquals(200, status, responseHeaders);
        assertFalse(responseHeaders.contains(traceparent.trim()), responseHeaders);
        for (LogCapture capture : List.of(summaries, appLog)) {
            String line = capture.mozlogLines().get(0);
            JsonNode fields = single(capture).get("Fields");
            assertFalse(fields.has("trace_id"), line);
            assertTrue(fields.has("rid"), line);
            assertFalse(line.contains(traceparent.trim()), line);
        }
    }

    /** The capture's one line, checked against the mozlog schema. */
    private static JsonNode single(LogCapture capture) {
        List<String> lines = capture.mozlogLines();
        assertEquals(1, lines.size(), lines.toString());
        return MozlogLines.parse(lines.get(0));
    }

    private static List<String> fieldNames(JsonNode fields) {
        List<String> names = new java.util.ArrayList<>();
        fields.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
