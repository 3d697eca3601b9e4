package dev.dockerflow.jakarta.internal.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockerflow.jakarta.logging.LogFields;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.LogCapture;
import dev.dockerflow.jakarta.testing.MozlogLines;
import dev.dockerflow.jakarta.testing.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One request.summary record per request, its fields structured, its mozlog line valid. */
class RequestSummaryFieldsTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with().jaxrs(Resources.class);

    @RegisterExtension
    LogCapture summaries = LogCapture.of("request.summary");

    @Test
    void summarisesAnApplicationRequest() {
        app.get("/notes?q=x", "User-Agent", "notes-cli/1.2", "Accept-Language", "tlh", "X-Request-ID", "abc-123");

        LogRecord record = single();
        assertEquals(Level.INFO, record.getLevel());
        assertEquals("{0}", record.getMessage());
        LogFields fields = assertInstanceOf(LogFields.class, record.getParameters()[0]);
        long t = ((Number) fields.asMap().get("t")).longValue();
        assertTrue(t >= 0, "t=" + t);
        assertEquals(List.of("errno", "agent", "lang", "method", "path", "uid", "rid", "t", "code"),
                List.copyOf(fields.asMap().keySet()));
        assertEquals(0, fields.asMap().get("errno"));
        assertEquals("notes-cli/1.2", fields.asMap().get("agent"));
        assertEquals("tlh", fields.asMap().get("lang"));
        assertEquals("GET", fields.asMap().get("method"));
        assertEquals("/notes", fields.asMap().get("path"));
        assertEquals("", fields.asMap().get("uid"));
        assertEquals("abc-123", fields.asMap().get("rid"));
        assertEquals(200, fields.asMap().get("code"));

        // A plain formatter prints the fields as JSON, not a blank line.
        assertEquals("{\"errno\":0,\"agent\":\"notes-cli/1.2\",\"lang\":\"tlh\",\"method\":\"GET\",\"path\":\"/notes\","
                + "\"uid\":\"\",\"rid\":\"abc-123\",\"t\":" + t + ",\"code\":200}", new SimpleFormatter().formatMessage(record));

        JsonNode line = MozlogLines.parse(summaries.mozlogLines().get(0));
        assertEquals("request.summary", line.get("Type").asText());
        assertEquals(6, line.get("Severity").asInt());
        assertEquals("{\"errno\":0,\"agent\":\"notes-cli/1.2\",\"lang\":\"tlh\",\"method\":\"GET\",\"path\":\"/notes\","
                + "\"uid\":\"\",\"rid\":\"abc-123\",\"t\":" + t + ",\"code\":200}", line.get("Fields").toString());
    }

    @Test
    void absentHeadersAreEmptyStrings() {
        // A raw request: java.net.http would send a User-Agent of its own.
        assertEquals(200, RawHttp.exchange(app.port(), "GET /notes HTTP/1.1").status());

        LogFields fields = (LogFields) single().getParameters()[0];
        assertEquals("", fields.asMap().get("agent"));
        assertEquals("", fields.asMap().get("lang"));
    }

    @Test
    void summarisesTheDockerflowEndpoints() {
        for (String path : List.of("/__heartbeat__", "/__lbheartbeat__", "/__version__")) {
            app.get(path);
        }

        assertEquals(List.of("/__heartbeat__", "/__lbheartbeat__", "/__version__"), summaries.records().stream()
                .map(r -> ((LogFields) r.getParameters()[0]).asMap().get("path")).toList());
    }

    @Test
    void summarisesANotFound() {
        assertEquals(404, app.get("/nowhere").statusCode());

        assertEquals(0, ((LogFields) single().getParameters()[0]).asMap().get("errno"));
    }

    private LogRecord single() {
        List<LogRecord> records = summaries.records();
        assertEquals(1, records.size(), records.toString());
        return records.get(0);
    }
}
