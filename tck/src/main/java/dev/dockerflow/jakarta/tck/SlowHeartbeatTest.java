package dev.dockerflow.jakarta.tck;

import static dev.dockerflow.jakarta.tck.Http.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.dockerflow.jakarta.tck.deployment.Gate;
import dev.dockerflow.jakarta.tck.deployment.GatedCheck;
import dev.dockerflow.jakarta.tck.deployment.HungCheck;

/**
 * Heartbeats waiting 2.6 s for a check that never answers: meanwhile every {@code /__lbheartbeat__}
 * answers at its usual speed. A runtime that runs the endpoints filter on its I/O threads (Quarkus
 * REST) must not make the requests sharing a thread with a waiting heartbeat wait too.
 */
@ExtendWith(ArquillianExtension.class)
class SlowHeartbeatTest {

    /**
     * Fewer than a small thread-per-request pool has: each waiting heartbeat holds one of its threads
     * (Grizzly's default worker pool has two per core), which is that runtime's nature, not this scenario's.
     */
    private static final int HEARTBEATS = 2;
    private static final int LBHEARTBEATS_PER_ROUND = 8;
    private static final long TIMEOUT_MILLIS = 2600;
    /** Generous: an lbheartbeat takes a few milliseconds, one held behind the heartbeat about 2.5 s. */
    private static final long LBHEARTBEAT_BOUND_MILLIS = 1000;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(SlowHeartbeatTest.class).with(Gate.class, GatedCheck.class, HungCheck.class)
                .config("dockerflow.heartbeat.timeout", Long.toString(TIMEOUT_MILLIS)).build();
    }

    @ArquillianResource
    URL base;

    @Test
    void lbheartbeatsDoNotWaitBehindAHeartbeat() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(HEARTBEATS + LBHEARTBEATS_PER_ROUND);
        try {
            // Untimed first round: the deployment's first requests and the client's connections
            List<Future<Long>> warmUp = new ArrayList<>();
            for (int i = 0; i < LBHEARTBEATS_PER_ROUND; i++) {
                warmUp.add(callers.submit(() -> timedLbheartbeat()));
            }
            for (Future<Long> lbheartbeat : warmUp) {
                lbheartbeat.get(30, TimeUnit.SECONDS);
            }
            long started = System.nanoTime();
            List<Future<Integer>> heartbeats = new ArrayList<>();
            for (int i = 0; i < HEARTBEATS; i++) {
                heartbeats.add(callers.submit(() -> get(base, "__heartbeat__").statusCode()));
            }
            int answeredMeanwhile = 0;
            // Rounds of concurrent lbheartbeats for as long as the heartbeats run, at most 60 rounds.
            for (int round = 0; round < 60 && !heartbeats.stream().allMatch(Future::isDone); round++) {
                List<Future<Long>> lbheartbeats = new ArrayList<>();
                for (int i = 0; i < LBHEARTBEATS_PER_ROUND; i++) {
                    lbheartbeats.add(callers.submit(() -> timedLbheartbeat()));
                }
                for (Future<Long> lbheartbeat : lbheartbeats) {
                    long millis = lbheartbeat.get(30, TimeUnit.SECONDS);
                    assertTrue(millis < LBHEARTBEAT_BOUND_MILLIS,
                            "an lbheartbeat took " + millis + " ms while a heartbeat was waiting for its checks");
                    answeredMeanwhile++;
                }
            }
            for (Future<Integer> heartbeat : heartbeats) {
                assertEquals(500, heartbeat.get(30, TimeUnit.SECONDS), "the hung check fails the heartbeat");
            }
            long heartbeatMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertTrue(heartbeatMillis >= 2500, "the heartbeats waited only " + heartbeatMillis + " ms");
            assertTrue(answeredMeanwhile >= LBHEARTBEATS_PER_ROUND,
                    "only " + answeredMeanwhile + " lbheartbeats while the heartbeats ran");
        } finally {
            callers.shutdownNow();
        }
    }

    private long timedLbheartbeat() {
        long started = System.nanoTime();
        HttpResponse<String> response = get(base, "__lbheartbeat__");
        assertEquals(200, response.statusCode());
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
