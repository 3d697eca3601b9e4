package dev.dockerflow.jakarta.internal.requestid;

import dev.dockerflow.jakarta.logging.RequestId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.LogRecord;

import dev.dockerflow.jakarta.logging.LogFields;
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
 * The request id comes from {@code X-Request-ID} when it is a usable id, else it is a new UUID4; it is
 * echoed, written as {@code rid} in request.summary, and a hostile header cannot reach the log.
 */
class RequestIdTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with().jaxrs(Resources.class);

    @RegisterExtension
    LogCapture summaries = LogCapture.of("request.summary");

    @Test
    void aValidIdIsKeptAndEchoed() {
        String id = "a".repeat(RequestIdBinding.MAX_LENGTH);
        HttpResponse<String> response = app.get("/notes", "X-Request-ID", id);

        assertEquals(id, response.headers().firstValue("X-Request-ID").orElseThrow());
        assertEquals(id, rid());
    }

    @Test
    void aMissingIdIsANewUuid4() {
        HttpResponse<String> response = app.get("/notes");

        String echoed = response.headers().firstValue("X-Request-ID").orElseThrow();
        assertEquals(4, UUID.fromString(echoed).version());
        assertEquals(echoed, rid());
    }

    @ParameterizedTest
    @ValueSource(strings = {"with space", "caf\u00e9", "\u2603", "tab\there", ""})
    void anUnusableIdIsReplaced(String hostile) {
        // Sent as UTF-8 bytes, as a client would send non-ASCII text.
        String onTheWire = new String(hostile.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        RawHttp.Exchange response = RawHttp.exchange(app.port(), "GET /notes HTTP/1.1", "X-Request-ID: " + onTheWire);

        assertReplaced(onTheWire, response);
    }

    @Test
    void aTooLongIdIsReplaced() {
        String tooLong = "b".repeat(RequestIdBinding.MAX_LENGTH + 1);
        RawHttp.Exchange response = RawHttp.exchange(app.port(), "GET /notes HTTP/1.1", "X-Request-ID: " + tooLong);

        assertReplaced(tooLong, response);
    }

    @Test
    void controlCharactersCannotForgeLogContent() {
        String forged = "x\u0001\u001b[31m\u007f{\"Severity\":0}";
        RawHttp.Exchange response = RawHttp.exchange(app.port(), "GET /notes HTTP/1.1", "X-Request-ID: " + forged);

        assertReplaced(forged, response);
        MozlogLines.parse(summaries.mozlogLines().get(0));
    }

    @Test
    void aLineBreakEndsTheHeaderAndCannotInjectOne() {
        // The server sees "abc" as the id and "X-Injected" as another header: nothing reaches the log but "abc".
        RawHttp.Exchange response = RawHttp.exchange(app.port(), "GET /notes HTTP/1.1",
                "X-Request-ID: abc\r\nX-Injected: {\"Severity\":0}");

        assertEquals(200, response.status());
        assertEquals("abc", response.header("X-Request-ID"));
        assertEquals("abc", rid());
    }

    private void assertReplaced(String hostile, RawHttp.Exchange response) {
        assertEquals(200, response.status(), response.head());
        String echoed = response.header("X-Request-ID");
        assertNotEquals(hostile, echoed);
        assertEquals(4, UUID.fromString(echoed).version());
        assertEquals(echoed, rid());
    }

    private String rid() {
        assertEquals(1, summaries.records().size());
        LogRecord record = summaries.records().get(0);
        String rid = (String) ((LogFields) record.getParameters()[0]).asMap().get("rid");
        assertTrue(rid != null && !rid.isEmpty());
        return rid;
    }
}
