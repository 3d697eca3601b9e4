package dev.dockerflow.jakarta.internal.heartbeat;

import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Ten checks of 200 ms each finish together: each first waits at a barrier that opens only when all
 * ten run at once, then works for 200 ms. Run one after another they could not pass the barrier.
 */
class ConcurrentChecksTest {

    static final int CHECKS = 10;

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(SlowChecks.class)
            .config("dockerflow.heartbeat.details", "always")
            .config("dockerflow.heartbeat.timeout", "1000");

    @Test
    void tenChecksOf200MillisecondsRunTogether() {
        long started = System.nanoTime();
        HttpResponse<String> response = app.get("/__heartbeat__");
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertEquals(200, response.statusCode(), response.body());
        JsonObject checks = json(response).getJsonObject("checks");
        assertEquals(CHECKS, checks.size());
        checks.values().forEach(status -> assertEquals("\"ok\"", status.toString()));
        assertTrue(elapsedMillis < 1000, "ten 200 ms checks took " + elapsedMillis + " ms");
    }

    /** Ten checks as producer methods, the lambda form of a check. */
    @ApplicationScoped
    static class SlowChecks {
        final CyclicBarrier allRunning = new CyclicBarrier(CHECKS);

        List<CheckMessage> work() throws InterruptedException, BrokenBarrierException, TimeoutException {
            allRunning.await(900, TimeUnit.MILLISECONDS);
            Thread.sleep(200);
            return List.of();
        }

        @Produces @Named("slow0") DockerflowCheck slow0() { return this::work; }
        @Produces @Named("slow1") DockerflowCheck slow1() { return this::work; }
        @Produces @Named("slow2") DockerflowCheck slow2() { return this::work; }
        @Produces @Named("slow3") DockerflowCheck slow3() { return this::work; }
        @Produces @Named("slow4") DockerflowCheck slow4() { return this::work; }
        @Produces @Named("slow5") DockerflowCheck slow5() { return this::work; }
        @Produces @Named("slow6") DockerflowCheck slow6() { return this::work; }
        @Produces @Named("slow7") DockerflowCheck slow7() { return this::work; }
        @Produces @Named("slow8") DockerflowCheck slow8() { return this::work; }
        @Produces @Named("slow9") DockerflowCheck slow9() { return this::work; }
    }
}
