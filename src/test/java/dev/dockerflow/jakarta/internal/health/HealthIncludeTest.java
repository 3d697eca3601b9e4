package dev.dockerflow.jakarta.internal.health;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.Optional;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code dockerflow.health.include=readiness} bridges the readiness checks only. */
class HealthIncludeTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(LiveCheck.class, ReadyCheck.class, StartedCheck.class)
            .config("dockerflow.heartbeat.details", "always")
            .config("dockerflow.health.include", "readiness");

    @Test
    void onlyReadinessChecksAreBridged() {
        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(1, json(response).getJsonObject("checks").size(), "one check, the readiness one: " + response.body());
        assertEquals(expected("{'status': 'ok', 'checks': {'ready': 'ok'}, 'details': {}}"), json(response));
    }

    @Liveness
    @ApplicationScoped
    static class LiveCheck implements HealthCheck {
        @Override
        public HealthCheckResponse call() {
            return new HealthCheckResponse("live", HealthCheckResponse.Status.DOWN, Optional.empty());
        }
    }

    @Readiness
    @ApplicationScoped
    static class ReadyCheck implements HealthCheck {
        @Override
        public HealthCheckResponse call() {
            return new HealthCheckResponse("ready", HealthCheckResponse.Status.UP, Optional.empty());
        }
    }

    @Startup
    @ApplicationScoped
    static class StartedCheck implements HealthCheck {
        @Override
        public HealthCheckResponse call() {
            return new HealthCheckResponse("started", HealthCheckResponse.Status.DOWN, Optional.empty());
        }
    }
}
