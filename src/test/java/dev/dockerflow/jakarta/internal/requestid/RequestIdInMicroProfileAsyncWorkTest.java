package dev.dockerflow.jakarta.internal.requestid;

import dev.dockerflow.jakarta.logging.RequestId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.LogCapture;
import dev.dockerflow.jakarta.testing.MozlogLines;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.spi.ThreadContextProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The request id in work handed to a MicroProfile Context Propagation {@code ManagedExecutor}, SmallRye's (the
 * implementation Quarkus has), built as an application builds one: the request's id is current in its tasks and
 * stages until the request's response is written, and not after. Every request is served by the same single worker
 * thread.
 */
class RequestIdInMicroProfileAsyncWorkTest {

    /** Propagates every context type it knows, as its builder does by default. */
    static ManagedExecutor MANAGED;
    static final Logger LOG = Logger.getLogger("notes.app");

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with().jaxrs(Continuations.class).oneWorkerThread();

    @RegisterExtension
    LogCapture appLog = LogCapture.of("notes.app");

    /** Built once the deployment runs: the builder reads the deployment's MicroProfile Config. */
    @BeforeAll
    static void startExecutor() {
        MANAGED = ManagedExecutor.builder().maxAsync(1).build();
    }

    @AfterAll
    static void stopExecutor() {
        MANAGED.shutdownNow();
    }

    @Test
    void theProviderIsRegistered() {
        assertEquals(List.of(RequestId.CONTEXT_TYPE), ServiceLoader.load(ThreadContextProvider.class)
                .stream().map(provider -> provider.get().getThreadContextType()).toList());
    }

    @Test
    void aContinuationOfAnAsyncResponseCarriesTheId() {
        assertEquals("resumed", app.get("/continuations/suspended", "X-Request-ID", "mp-1",
                "traceparent", TraceIdTest.TRACEPARENT).body());

        assertEquals("mp-1", rid(line("resuming")));
        assertEquals(TraceIdTest.TRACE_ID, line("resuming").get("Fields").path("trace_id").asText("none"));
    }

    @Test
    void aCompletionStageCompletedOnTheExecutorCarriesTheId() {
        assertEquals("completed", app.get("/continuations/stage", "X-Request-ID", "mp-2",
                "traceparent", TraceIdTest.TRACEPARENT).body());

        assertEquals("mp-2", rid(line("completing")));
        assertEquals(TraceIdTest.TRACE_ID, line("completing").get("Fields").path("trace_id").asText("none"));
    }

    @Test
    void aTaskRunAfterTheResponseCarriesNoId() throws InterruptedException {
        assertEquals("submitted", app.get("/continuations/late", "X-Request-ID", "mp-3",
                "traceparent", TraceIdTest.TRACEPARENT).body());
        Continuations.responded.countDown();

        assertTrue(appLog.awaitRecord(record -> record.getMessage().equals("running late"), 10));
        assertFalse(line("running late").get("Fields").has("rid"), line("running late").toString());
        assertFalse(line("running late").get("Fields").has("trace_id"), line("running late").toString());
    }

    private JsonNode line(String message) {
        return appLog.mozlogLines().stream().map(MozlogLines::parse)
                .filter(line -> message.equals(line.get("Fields").get("msg").asText())).findFirst().orElseThrow();
    }

    private static String rid(JsonNode line) {
        return line.get("Fields").path("rid").asText("none");
    }

    @Path("/continuations")
    public static class Continuations {
        static final CountDownLatch responded = new CountDownLatch(1);

        @GET
        @Path("suspended")
        public void suspended(@Suspended AsyncResponse response) {
            MANAGED.execute(() -> {
                LOG.info("resuming");
                response.resume("resumed");
            });
        }

        @GET
        @Path("stage")
        public CompletionStage<String> stage() {
            return MANAGED.supplyAsync(() -> {
                LOG.info("completing");
                return "completed";
            });
        }

        @GET
        @Path("late")
        public String late() {
            MANAGED.execute(() -> {
                try {
                    responded.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                LOG.info("running late");
            });
            return "submitted";
        }
    }
}
