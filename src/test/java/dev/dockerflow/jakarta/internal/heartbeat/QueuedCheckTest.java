package dev.dockerflow.jakarta.internal.heartbeat;

import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.dockerflow.jakarta.deployment.FineCheck;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.Latches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On an executor with one thread and a queue, a check blocked past the timeout keeps the thread and the
 * next check waits in the queue: both are reported timed out. Once the blocked check returns, the queued
 * one must run again on the next heartbeats, not stay "timed out" for good.
 */
class QueuedCheckTest {

    static final CountDownLatch RELEASE = new CountDownLatch(1);

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(OneThreadCheckExecutor.class, BlockedCheck.class, FineCheck.class)
            .config("dockerflow.heartbeat.timeout", "300")
            .config("dockerflow.heartbeat.details", "always");

    @AfterAll
    static void release() {
        RELEASE.countDown();
    }

    @Test
    void theQueuedCheckRunsAgainOnceAThreadIsFree() {
        HttpResponse<String> blocked = app.get("/__heartbeat__");
        assertEquals(500, blocked.statusCode());
        assertEquals(expected("""
                {'status': 'error', 'checks': {'blocked': 'error', 'fine': 'error'},
                 'details': {'blocked': {'status': 'error', 'level': 40,
                                         'messages': {'dockerflow.heartbeat.E001': 'timed out after 300 ms'}},
                             'fine': {'status': 'error', 'level': 40,
                                      'messages': {'dockerflow.heartbeat.E001': 'timed out after 300 ms'}}}}
                """), json(blocked));

        RELEASE.countDown();

        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        HttpResponse<String> last;
        do {
            last = app.get("/__heartbeat__");
            if (last.statusCode() == 200) {
                assertEquals(expected("{'status': 'ok', 'checks': {'blocked': 'ok', 'fine': 'ok'}, 'details': {}}"),
                        json(last));
                return;
            }
        } while (System.nanoTime() - giveUp < 0);
        fail("still " + last.statusCode() + " 5 s after the blocked check returned: " + last.body());
    }

    @ApplicationScoped
    @Named("blocked")
    static class BlockedCheck implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            // A hung driver call does not answer interruption either.
            Latches.awaitUninterruptibly(RELEASE);
            return List.of();
        }
    }
}
