package dev.dockerflow.jakarta.internal.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import dev.dockerflow.jakarta.deployment.CountingCheck;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /__lbheartbeat__} answers 200 (not 204) and touches no backing service: no check runs. */
class LbHeartbeatTest {

    static final AtomicInteger HEALTH_CHECK_CALLS = new AtomicInteger();

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(CountingCheck.class, CountingHealthCheck.class);

    @Test
    void answers200WithoutRunningChecks() {
        CountingCheck appCheck = app.container().select(CountingCheck.class).get();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> response = app.get("/__lbheartbeat__");
            assertEquals(200, response.statusCode(), response.body());
        }
        assertEquals(0, appCheck.runs(), "application check calls after /__lbheartbeat__");
        assertEquals(0, HEALTH_CHECK_CALLS.get(), "health check calls after /__lbheartbeat__");

        // The counters do count: the full heartbeat runs each check once.
        app.get("/__heartbeat__");
        assertEquals(1, appCheck.runs(), "application check calls after /__heartbeat__");
        assertEquals(1, HEALTH_CHECK_CALLS.get(), "health check calls after /__heartbeat__");
    }

    @Readiness
    @ApplicationScoped
    static class CountingHealthCheck implements HealthCheck {
        @Override
        public HealthCheckResponse call() {
            HEALTH_CHECK_CALLS.incrementAndGet();
            return new HealthCheckResponse("cache", HealthCheckResponse.Status.UP, Optional.empty());
        }
    }
}
