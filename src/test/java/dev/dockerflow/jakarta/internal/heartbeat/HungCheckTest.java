package dev.dockerflow.jakarta.internal.heartbeat;

import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
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
 * A check that never returns and ignores interruption: every heartbeat answers at the timeout with the
 * check timed out, the other checks unaffected, and the hung check keeps holding one thread, not one
 * per heartbeat.
 */
class HungCheckTest {

    static final CountDownLatch RELEASE = new CountDownLatch(1);

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(HungCheck.class, FineCheck.class)
            .config("dockerflow.heartbeat.details", "always")
            .config("dockerflow.heartbeat.timeout", "300");

    @AfterAll
    static void release() {
        RELEASE.countDown();
    }

    @Test
    void answersAtTheTimeoutAndKeepsOneThread() {
        long started = System.nanoTime();
        HttpResponse<String> first = app.get("/__heartbeat__");
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertEquals(500, first.statusCode());
        assertEquals(expected("""
                {'status': 'error', 'checks': {'fine': 'ok', 'hung': 'error'},
                 'details': {'hung': {'status': 'error', 'level': 40,
                                      'messages': {'dockerflow.heartbeat.E001': 'timed out after 300 ms'}}}}
                """), json(first));
        assertTrue(elapsedMillis >= 300 && elapsedMillis < 300 + 1000, "answered after " + elapsedMillis + " ms");

        // A few more heartbeats first, so that threads the server and CDI start lazily are counted in.
        for (int i = 0; i < 5; i++) {
            app.get("/__heartbeat__");
        }
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        for (int i = 0; i < 50; i++) {
            assertEquals(500, app.get("/__heartbeat__").statusCode());
        }

        assertEquals(1, hungCheckThreads(), "threads stuck in the hung check");
        int growth = ManagementFactory.getThreadMXBean().getThreadCount() - threadsBefore;
        assertTrue(growth <= 1, "live threads grew by " + growth + " over 50 heartbeats");
    }

    private static long hungCheckThreads() {
        return Thread.getAllStackTraces().values().stream()
                .filter(stack -> List.of(stack).stream().anyMatch(frame -> frame.getClassName().equals(HungCheck.class.getName())))
                .count();
    }

    @ApplicationScoped
    @Named("hung")
    static class HungCheck implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            // A hung driver call does not answer interruption either.
            Latches.awaitUninterruptibly(RELEASE);
            return List.of();
        }
    }
}
