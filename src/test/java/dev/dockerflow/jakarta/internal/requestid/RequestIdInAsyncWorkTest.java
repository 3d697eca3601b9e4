package dev.dockerflow.jakarta.internal.requestid;

import dev.dockerflow.jakarta.logging.RequestId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.LogCapture;
import dev.dockerflow.jakarta.testing.MozlogLines;
import jakarta.enterprise.concurrent.spi.ThreadContextProvider;
import jakarta.enterprise.concurrent.spi.ThreadContextRestorer;
import jakarta.enterprise.concurrent.spi.ThreadContextSnapshot;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The request id in asynchronous work. In tasks run by a managed executor, here a pool that applies every
 * registered {@code ThreadContextProvider} to the tasks it is given, as a Jakarta Concurrency runtime does,
 * the request's id is current until its response is written. An asynchronous resource returns before its
 * response is written, which another thread then does, response filters included: the request's thread,
 * back in the pool, must not carry the id on to what it serves next. Every request here is served by the
 * same single worker thread.
 */
class RequestIdInAsyncWorkTest {

    /** Unmanaged: what it runs carries no request id unless {@link #MANAGED} hands it over. */
    static final ExecutorService POOL = Executors.newSingleThreadExecutor();
    static final Executor MANAGED = task -> {
        List<ThreadContextSnapshot> snapshots = ServiceLoader.load(ThreadContextProvider.class).stream()
                .map(provider -> provider.get().currentContext(java.util.Map.of())).toList();
        POOL.execute(() -> {
            List<ThreadContextRestorer> restorers = snapshots.stream().map(ThreadContextSnapshot::begin).toList();
            try {
                task.run();
            } finally {
                restorers.forEach(ThreadContextRestorer::endContext);
            }
        });
    };
    static final Logger LOG = Logger.getLogger("notes.app");

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with().jaxrs(Continuations.class).oneWorkerThread()
            .plainHandler("/static", () -> {
                LOG.info("serving a static file");
                return RequestId.current().orElse("none");
            });

    @RegisterExtension
    LogCapture appLog = LogCapture.of("notes.app");

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    @Test
    void theProviderIsRegistered() {
        assertEquals(List.of(RequestId.CONTEXT_TYPE), ServiceLoader.load(ThreadContextProvider.class).stream()
                .map(provider -> provider.get().getThreadContextType()).toList());
    }

    @Test
    void aContinuationOfAnAsyncResponseCarriesTheId() {
        assertEquals("resumed", app.get("/continuations/suspended", "X-Request-ID", "managed-1",
                "traceparent", TraceIdTest.TRACEPARENT).body());

        assertEquals("managed-1", rid(line("resuming")));
        assertEquals(TraceIdTest.TRACE_ID, traceId(line("resuming")));
    }

    @Test
    void aCompletionStageCompletedOnTheExecutorCarriesTheId() {
        assertEquals("completed", app.get("/continuations/stage", "X-Request-ID", "managed-2",
                "traceparent", TraceIdTest.TRACEPARENT).body());

        assertEquals("managed-2", rid(line("completing")));
        assertEquals(TraceIdTest.TRACE_ID, traceId(line("completing")));
    }

    @Test
    void aTaskRunAfterTheResponseCarriesNoId() throws InterruptedException {
        assertEquals("submitted", app.get("/continuations/late", "X-Request-ID", "managed-3",
                "traceparent", TraceIdTest.TRACEPARENT).body());
        Continuations.responded.countDown();

        assertTrue(appLog.awaitRecord(record -> record.getMessage().equals("running late"), 10));
        assertFalse(line("running late").get("Fields").has("rid"), line("running late").toString());
        assertFalse(line("running late").get("Fields").has("trace_id"), line("running late").toString());
    }

    @Test
    void theRequestThreadKeepsNoIdOnceTheResponseIsWrittenElsewhere() {
        assertEquals("resumed", app.get("/continuations/unmanaged", "X-Request-ID", "async-1",
                "traceparent", TraceIdTest.TRACEPARENT).body());

        // Served on the same and only worker thread, outside Jakarta REST, like a static file.
        assertEquals("none", app.get("/static").body());
        assertFalse(line("serving a static file").get("Fields").has("rid"), line("serving a static file").toString());
        assertFalse(line("serving a static file").get("Fields").has("trace_id"), line("serving a static file").toString());
    }

    @Test
    void aRequestThatResumesAnotherKeepsItsOwnIdAndTrace() throws Exception {
        CompletableFuture<String> parked = CompletableFuture.supplyAsync(
                () -> app.get("/continuations/parked", "X-Request-ID", "parked-1").body());
        assertTrue(Continuations.parkedResponse.await(10, TimeUnit.SECONDS));

        assertEquals("resumed the other", app.get("/continuations/resume-parked", "X-Request-ID", "resuming-1",
                "traceparent", TraceIdTest.TRACEPARENT).body());

        assertEquals("parked", parked.get(10, TimeUnit.SECONDS));
        // The parked request's response was written on this request's thread, in the middle of it.
        assertEquals("resuming-1", rid(line("resumed the other")));
        assertEquals(TraceIdTest.TRACE_ID, traceId(line("resumed the other")));
    }

    private JsonNode line(String message) {
        return appLog.mozlogLines().stream().map(MozlogLines::parse)
                .filter(line -> message.equals(line.get("Fields").get("msg").asText())).findFirst().orElseThrow();
    }

    private static String rid(JsonNode line) {
        return line.get("Fields").path("rid").asText("none");
    }

    private static String traceId(JsonNode line) {
        return line.get("Fields").path("trace_id").asText("none");
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

        static final CountDownLatch parkedResponse = new CountDownLatch(1);
        static volatile AsyncResponse parked;

        @GET
        @Path("parked")
        public void parked(@Suspended AsyncResponse response) {
            parked = response;
            parkedResponse.countDown();
        }

        @GET
        @Path("resume-parked")
        public String resumeParked() {
            parked.resume("parked");
            LOG.info("resumed the other");
            return "resumed the other";
        }

        @GET
        @Path("unmanaged")
        public void unmanaged(@Suspended AsyncResponse response) {
            POOL.execute(() -> response.resume("resumed"));
        }

        @GET
        @Path("stage")
        public java.util.concurrent.CompletionStage<String> stage() {
            return CompletableFuture.supplyAsync(() -> {
                LOG.info("completing");
                return "completed";
            }, MANAGED);
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
