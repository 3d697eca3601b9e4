package dev.dockerflow.jakarta.internal.heartbeat;

import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The heartbeat that runs the checks is held past its deadline (its executor runs the hung check on the
 * request's own thread): a heartbeat that joins it still answers at its own timeout, the check reported
 * timed out, instead of waiting as long as the first one does.
 */
class JoinedHeartbeatDeadlineTest {

    static final long TIMEOUT_MILLIS = 300;
    static final CountDownLatch ENTERED = new CountDownLatch(1);
    static final CountDownLatch RELEASE = new CountDownLatch(1);
    /** Whether the check holds its caller; not for the first heartbeat, which warms the server up. */
    static volatile boolean holding;

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(CallerRunsCheckExecutor.class, HeldCheck.class)
            .config("dockerflow.heartbeat.timeout", Long.toString(TIMEOUT_MILLIS))
            .config("dockerflow.heartbeat.details", "always");

    @AfterAll
    static void release() {
        RELEASE.countDown();
    }

    @Test
    void theJoiningHeartbeatAnswersByItsOwnDeadline() throws InterruptedException {
        assertEquals(200, TimedHeartbeat.of(app).status());
        holding = true;
        CompletableFuture<TimedHeartbeat> leader = CompletableFuture.supplyAsync(() -> TimedHeartbeat.of(app));
        try {
            assertTrue(ENTERED.await(5, TimeUnit.SECONDS), "the first heartbeat never ran the check");
            TimedHeartbeat joiner = CompletableFuture.supplyAsync(() -> TimedHeartbeat.of(app))
                    .get(5, TimeUnit.SECONDS).answeredWithin(TIMEOUT_MILLIS);
            assertEquals(500, joiner.status());
            assertEquals(expected("""
                    {'status': 'error', 'checks': {'held': 'error'},
                     'details': {'held': {'status': 'error', 'level': 40,
                                          'messages': {'dockerflow.heartbeat.E001': 'timed out after 300 ms'}}}}
                    """), joiner.json());
        } catch (TimeoutException e) {
            fail("the joining heartbeat did not answer within 5 s; its timeout is " + TIMEOUT_MILLIS + " ms");
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        } finally {
            RELEASE.countDown();
        }
        leader.join();
    }

    @ApplicationScoped
    @Named("held")
    static class HeldCheck implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() throws InterruptedException {
            if (holding) {
                ENTERED.countDown();
                RELEASE.await();
            }
            return List.of();
        }
    }
}
