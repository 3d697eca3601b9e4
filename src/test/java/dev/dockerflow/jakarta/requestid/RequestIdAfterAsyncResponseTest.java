package dev.dockerflow.jakarta.requestid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.LogCapture;
import dev.dockerflow.jakarta.testing.MozlogLines;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An asynchronous resource returns before its response is written, which another thread then does, response
 * filters included: the request's thread, back in the pool, must not carry the request's id on to what it
 * serves next. Every request here is served by the same single worker thread.
 */
class RequestIdAfterAsyncResponseTest {

    /** An unmanaged pool: what it runs carries no request id. */
    static final ExecutorService POOL = Executors.newSingleThreadExecutor();

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with().jaxrs(Suspending.class).oneWorkerThread()
            .plainHandler("/static", () -> {
                Logger.getLogger("notes.app").info("serving a static file");
                return RequestId.current().orElse("none");
            });

    @RegisterExtension
    LogCapture appLog = LogCapture.of("notes.app");

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    @Test
    void theRequestThreadKeepsNoIdOnceTheResponseIsWrittenElsewhere() {
        assertEquals("resumed", app.get("/suspending", "X-Request-ID", "async-1").body());

        // Served on the same and only worker thread, outside Jakarta REST, like a static file.
        assertEquals("none", app.get("/static").body());
        JsonNode line = MozlogLines.parse(appLog.mozlogLines().get(appLog.mozlogLines().size() - 1));
        assertEquals("serving a static file", line.get("Fields").get("msg").asText());
        assertFalse(line.get("Fields").has("rid"), line.toString());
    }

    @Path("/suspending")
    public static class Suspending {
        @GET
        public void suspend(@Suspended AsyncResponse response) {
            POOL.execute(() -> response.resume("resumed"));
        }
    }
}
