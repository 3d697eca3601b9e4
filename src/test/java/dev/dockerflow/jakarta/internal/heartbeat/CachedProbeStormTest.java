package dev.dockerflow.jakarta.internal.heartbeat;

import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.dockerflow.jakarta.deployment.SyncEventRecorder;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With {@code dockerflow.heartbeat.cache} at 1000 ms, a 3-second storm of heartbeats from 16 callers,
 * each asking again as soon as it is answered, runs a 100 ms check at most 4 times (a run at the start
 * and one as each second's result expires), and fires one event per run.
 */
class CachedProbeStormTest {

    static final int CALLERS = 16;
    static final long STORM_MILLIS = 3000;

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(SlowCheck.class, SyncEventRecorder.class)
            .workerThreads(CALLERS + 4)
            .config("dockerflow.heartbeat.cache", "1000")
            .config("dockerflow.heartbeat.timeout", "5000");

    @Test
    void aStormReusesTheResult() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STORM_MILLIS);
        List<Future<Integer>> answered = new ArrayList<>();
        try {
            for (int i = 0; i < CALLERS; i++) {
                answered.add(callers.submit(() -> {
                    int heartbeats = 0;
                    // Bounded in time and in count
                    while (System.nanoTime() - end < 0 && heartbeats < 100_000) {
                        assertEquals(200, app.get("/__heartbeat__").statusCode());
                        heartbeats++;
                    }
                    return heartbeats;
                }));
            }
            int heartbeats = 0;
            for (Future<Integer> caller : answered) {
                heartbeats += caller.get(STORM_MILLIS + 30_000, TimeUnit.MILLISECONDS);
            }
            assertTrue(heartbeats >= CALLERS, "each caller was answered: " + heartbeats);
        } finally {
            callers.shutdownNow();
        }

        int runs = app.container().select(SlowCheck.class).get().runs();
        assertTrue(runs >= 1 && runs <= 4, "a 3 s storm ran the check " + runs + " times");
        assertEquals(runs, app.container().select(SyncEventRecorder.class).get().passed().size(),
                "one event per run; a reused or joined result fires none");
    }

    /** {@code slow}: 100 ms of work. */
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
            Thread.sleep(100);
            return List.of();
        }
    }
}
