package dev.dockerflow.jakarta.internal.health;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A bridged check is shown under its response's name even on the very first heartbeat and even when it
 * answers only after the heartbeat has started waiting for it (any check slower than a thread hop).
 */
class BridgedCheckNameTest {

    static final CountDownLatch ENTERED = new CountDownLatch(1);
    static final CountDownLatch RELEASE = new CountDownLatch(1);
    static volatile Thread checkThread;

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(GatedCheck.class)
            .config("dockerflow.heartbeat.details", "always").config("dockerflow.heartbeat.timeout", "20000");

    @Test
    void firstHeartbeatShowsTheResponseName() throws Exception {
        CompletableFuture<HttpResponse<String>> pending = CompletableFuture.supplyAsync(() -> app.get("/__heartbeat__"));
        try {
            assertTrue(ENTERED.await(10, TimeUnit.SECONDS), "the health check was not called");
            awaitHeartbeatWaitingForTheCheck();
        } finally {
            RELEASE.countDown();
        }
        HttpResponse<String> response = pending.get(30, TimeUnit.SECONDS);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(expected("{'status': 'ok', 'checks': {'gated': 'ok'}, 'details': {}}"), json(response));
    }

    /** Waits (bounded) until a thread other than the check's is parked inside the library: the heartbeat waiting for results. */
    private static void awaitHeartbeatWaitingForTheCheck() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
                Thread thread = entry.getKey();
                Thread.State state = thread.getState();
                if (thread != checkThread && (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)
                        && inLibrary(entry.getValue())) {
                    return;
                }
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("no thread waited for the health check's result");
    }

    private static boolean inLibrary(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("dev.dockerflow.jakarta.") && !frame.getClassName().contains("Test")) {
                return true;
            }
        }
        return false;
    }

    @Readiness
    @ApplicationScoped
    static class GatedCheck implements HealthCheck {
        @Override
        public HealthCheckResponse call() {
            checkThread = Thread.currentThread();
            ENTERED.countDown();
            try {
                RELEASE.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new HealthCheckResponse("gated", HealthCheckResponse.Status.UP, Optional.empty());
        }
    }
}
