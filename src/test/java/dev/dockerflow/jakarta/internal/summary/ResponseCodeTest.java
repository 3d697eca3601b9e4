package dev.dockerflow.jakarta.internal.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.LogCapture;
import dev.dockerflow.jakarta.testing.MozlogLines;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * request.summary's {@code code} is the status the client received, a JSON number, however the response
 * came about: a resource, an unmatched path, an exception nothing mapped, HEAD, or an asynchronous
 * resource answering on another thread; {@code errno} keeps its own meaning.
 */
class ResponseCodeTest {

    static final ExecutorService POOL = Executors.newSingleThreadExecutor();

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with().jaxrs(Resources.class, Later.class);

    @RegisterExtension
    LogCapture summaries = LogCapture.of("request.summary");

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    @ParameterizedTest(name = "{0} {1}: {2}, errno {3}")
    @CsvSource({
        "GET,  /notes,               200, 0",
        "GET,  /nowhere,             404, 0",
        "GET,  /notes/broken,        500, 500",
        "HEAD, /notes,               200, 0",
        "HEAD, /nowhere,             404, 0",
        "GET,  /__lbheartbeat__,     200, 0",
        "GET,  /later/resumed,       201, 0",
        "GET,  /later/stage,         202, 0",
        "GET,  /later/failed-stage,  500, 500",
        "GET,  /later/resumed-error, 500, 500",
        "GET,  /later/timed-out,     503, 0",
    })
    void theCodeIsTheStatusTheClientReceived(String method, String path, int status, int errno) {
        HttpResponse<String> response = app.send(method, path);
        assertEquals(status, response.statusCode());

        JsonNode fields = summary().get("Fields");
        assertTrue(fields.get("code").isInt(), fields.toString());
        assertEquals(status, fields.get("code").asInt(), fields.toString());
        assertEquals(errno, fields.get("errno").asInt(), fields.toString());
        assertEquals(method, fields.get("method").asText());
    }

    /** The one summary of the request, awaited: an asynchronous response's is written on another thread. */
    private JsonNode summary() {
        try {
            assertTrue(summaries.awaitRecord(record -> true, 10), "no request.summary");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        List<String> lines = summaries.mozlogLines();
        assertEquals(1, lines.size(), lines.toString());
        return MozlogLines.parse(lines.get(0));
    }

    @Path("/later")
    public static class Later {

        @GET
        @Path("resumed")
        public void resumed(@Suspended AsyncResponse response) {
            POOL.execute(() -> response.resume(Response.status(201).entity("made").build()));
        }

        @GET
        @Path("resumed-error")
        public void resumedError(@Suspended AsyncResponse response) {
            POOL.execute(() -> response.resume(new IllegalStateException("lost the note")));
        }

        @GET
        @Path("stage")
        public CompletionStage<Response> stage() {
            return CompletableFuture.supplyAsync(() -> Response.accepted("queued").build(), POOL);
        }

        @GET
        @Path("failed-stage")
        public CompletionStage<String> failedStage() {
            return CompletableFuture.supplyAsync(() -> {
                throw new IllegalStateException("lost the note");
            }, POOL);
        }

        @GET
        @Path("timed-out")
        public void timedOut(@Suspended AsyncResponse response) {
            // Never resumed: the runtime answers 503 once the timeout passes.
            response.setTimeout(50, TimeUnit.MILLISECONDS);
        }
    }
}
