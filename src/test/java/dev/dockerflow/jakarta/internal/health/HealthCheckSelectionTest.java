package dev.dockerflow.jakarta.internal.health;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import dev.dockerflow.jakarta.deployment.CountingCheck;
import dev.dockerflow.jakarta.deployment.UpHealthCheck;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Health checks are named by their response names: {@code dockerflow.skipped-checks} skips one, which
 * is asked its name once at start and then no more; {@code dockerflow.checks} may name one, which
 * changes nothing, and every other check still runs.
 */
class HealthCheckSelectionTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(ReadyDbCheck.class, Memory.class, CountingCheck.class)
            .config("dockerflow.heartbeat.details", "always")
            .config("dockerflow.checks", "memory")
            .config("dockerflow.skipped-checks", "ready-db");

    @Test
    void skipsTheNamedHealthCheckAndRunsTheOthers() {
        int askedAtStart = ReadyDbCheck.CALLS.get();

        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(expected("{'status': 'ok', 'checks': {'counting': 'ok', 'memory': 'ok'}, 'details': {}}"),
                json(response));
        assertEquals(askedAtStart, ReadyDbCheck.CALLS.get(), "calls of the skipped health check by the heartbeat");
        assertEquals(1, app.container().select(CountingCheck.class).get().runs());
    }

    @Readiness
    @ApplicationScoped
    static class ReadyDbCheck implements HealthCheck {
        static final AtomicInteger CALLS = new AtomicInteger();

        @Override
        public HealthCheckResponse call() {
            CALLS.incrementAndGet();
            return new HealthCheckResponse("ready-db", HealthCheckResponse.Status.DOWN,
                    Optional.of(Map.of("pool", "exhausted")));
        }
    }

    @Liveness
    @ApplicationScoped
    static class Memory extends UpHealthCheck {
        Memory() {
            super("memory");
        }
    }
}
