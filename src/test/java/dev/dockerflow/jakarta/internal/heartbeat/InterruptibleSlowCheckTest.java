package dev.dockerflow.jakarta.internal.heartbeat;

import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A slow check that honours interruption is interrupted at the timeout and runs afresh next time. */
class InterruptibleSlowCheckTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(SlowCheck.class)
            .config("dockerflow.heartbeat.timeout", "200");

    @Test
    void isInterruptedAndRunsAgainNextHeartbeat() throws InterruptedException {
        SlowCheck check = app.container().select(SlowCheck.class).get();

        assertEquals(500, app.get("/__heartbeat__").statusCode());
        assertTrue(check.awaitInterrupted(), "the timed-out check was not interrupted");
        assertEquals(500, app.get("/__heartbeat__").statusCode());

        assertEquals(2, check.runs());
    }

    @ApplicationScoped
    @Named("slow")
    static class SlowCheck implements DockerflowCheck {
        final AtomicInteger runs = new AtomicInteger();
        final CountDownLatch interrupted = new CountDownLatch(1);

        boolean awaitInterrupted() throws InterruptedException {
            return interrupted.await(10, TimeUnit.SECONDS);
        }

        int runs() {
            return runs.get();
        }

        @Override
        public List<CheckMessage> check() throws InterruptedException {
            runs.incrementAndGet();
            try {
                new CountDownLatch(1).await();
            } finally {
                interrupted.countDown();
            }
            return List.of();
        }
    }
}
