package dev.dockerflow.jakarta.internal.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockerflow.jakarta.logging.LogFields;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.LogCapture;
import dev.dockerflow.jakarta.testing.MozlogLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An exception the application does not map: the client gets a bare 500, the log gets one SEVERE
 * request.summary with errno 500, the exception's text and its traceback.
 */
class UnhandledExceptionTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with().jaxrs(Resources.class)
            .config("dockerflow.error-endpoint", "true");

    @RegisterExtension
    LogCapture summaries = LogCapture.of("request.summary");

    @Test
    void theClientLearnsNothingAndTheLogEverything() {
        HttpResponse<String> response = app.get("/notes/broken");

        assertEquals(500, response.statusCode());
        assertEquals("Internal Server Error", response.body());
        assertFalse(response.headers().map().toString().contains("IllegalState"));

        List<LogRecord> records = summaries.records();
        assertEquals(1, records.size());
        LogRecord record = records.get(0);
        assertEquals(Level.SEVERE, record.getLevel());
        assertEquals("database exploded: password=hunter2", record.getMessage());
        assertInstanceOf(IllegalStateException.class, record.getThrown());
        assertEquals(500, ((LogFields) record.getParameters()[0]).asMap().get("errno"));

        JsonNode line = MozlogLines.parse(summaries.mozlogLines().get(0));
        assertEquals(3, line.get("Severity").asInt());
        assertEquals("database exploded: password=hunter2", line.get("Fields").get("msg").asText());
        assertEquals("java.lang.IllegalStateException: database exploded: password=hunter2",
                line.get("Fields").get("error").asText());
    }

    @Test
    void theErrorEndpointIsSummarisedAsAnUnhandledError() {
        HttpResponse<String> response = app.get("/__error__");

        assertEquals(500, response.statusCode());
        assertEquals("Internal Server Error", response.body());
        List<LogRecord> records = summaries.records();
        assertEquals(1, records.size());
        assertEquals(500, ((LogFields) records.get(0).getParameters()[0]).asMap().get("errno"));
        assertEquals("/__error__", ((LogFields) records.get(0).getParameters()[0]).asMap().get("path"));
    }
}
