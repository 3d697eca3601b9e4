package dev.dockerflow.jakarta.internal.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.logging.LogRecord;

import dev.dockerflow.jakarta.logging.LogFields;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.LogCapture;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A request another filter aborts is summarised once, with the id the caller sent. */
class AbortedRequestTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with().jaxrs(Resources.class, Gatekeeper.class);

    @RegisterExtension
    LogCapture summaries = LogCapture.of("request.summary");

    @Test
    void isSummarisedOnce() {
        assertEquals(401, app.get("/notes", "X-Request-ID", "aborted-1").statusCode());

        List<LogRecord> records = summaries.records();
        assertEquals(1, records.size());
        LogFields fields = (LogFields) records.get(0).getParameters()[0];
        assertEquals(0, fields.asMap().get("errno"));
        assertEquals(401, fields.asMap().get("code"));
        assertEquals("aborted-1", fields.asMap().get("rid"));
        assertEquals("/notes", fields.asMap().get("path"));
    }

    @PreMatching
    @Priority(Priorities.AUTHENTICATION)
    public static class Gatekeeper implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            request.abortWith(Response.status(401).build());
        }
    }
}
