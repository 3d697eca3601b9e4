package dev.dockerflow.jakarta.internal.heartbeat;

import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.dockerflow.jakarta.deployment.SyncEventRecorder;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 200 heartbeats at once against a check that takes 100 ms share its run: the check runs at most twice
 * and each run fires one event, not one per heartbeat. The check's first run starts its 100 ms only
 * once all 200 requests have reached the server, so that they are truly concurrent however slowly the
 * client opens its connections; a request that reached the server but not yet the heartbeat when that
 * run ended may start a second one, which all the others then join.
 */
class ProbeStormTest {

    static final int PROBES = 200;

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(SlowCheck.class, SyncEventRecorder.class)
            .config("dockerflow.heartbeat.details", "always")
            .jaxrs(HeartbeatArrivals.class)
            .workerThreads(PROBES + 8)
            .config("dockerflow.heartbeat.timeout", "20000");

    @Test
    void concurrentHeartbeatsShareOneRun() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(PROBES);
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        try {
            for (int i = 0; i < PROBES; i++) {
                responses.add(callers.submit(() -> app.get("/__heartbeat__")));
            }
            for (Future<HttpResponse<String>> response : responses) {
                HttpResponse<String> answered = response.get(60, TimeUnit.SECONDS);
                assertEquals(200, answered.statusCode(), answered.body());
                assertEquals("{\"status\":\"ok\",\"checks\":{\"slow\":\"ok\"},\"details\":{}}", answered.body());
            }
        } finally {
            callers.shutdownNow();
        }

        int runs = app.container().select(SlowCheck.class).get().runs();
        assertTrue(runs >= 1 && runs <= 2, PROBES + " concurrent heartbeats ran the check " + runs + " times");
        assertEquals(runs, app.container().select(SyncEventRecorder.class).get().passed().size(),
                "one event per run of the checks, none for a heartbeat that joined a run");
    }

    /** Counts the heartbeat requests that have reached the server, before the endpoints answer them. */
    @PreMatching
    @Priority(Priorities.AUTHENTICATION)
    public static class HeartbeatArrivals implements ContainerRequestFilter {
        static final CountDownLatch ARRIVED = new CountDownLatch(PROBES);

        @Override
        public void filter(ContainerRequestContext request) {
            if (request.getUriInfo().getPath().endsWith("__heartbeat__")) {
                ARRIVED.countDown();
            }
        }
    }

    /** {@code slow}: 100 ms of work, begun once every heartbeat of the storm has arrived. */
    @ApplicationScoped
    @Named("slow")
    public static class SlowCheck implements DockerflowCheck {
        private final AtomicInteger runs = new AtomicInteger();

        int runs() {
            return runs.get();
        }

        @Override
        public List<CheckMessage> check() throws InterruptedException {
            runs.incrementAndGet();
            HeartbeatArrivals.ARRIVED.await(15, TimeUnit.SECONDS);
            Thread.sleep(100);
            return List.of();
        }
    }
}
