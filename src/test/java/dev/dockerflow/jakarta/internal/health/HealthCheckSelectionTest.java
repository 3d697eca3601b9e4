package dev.dockerflow.jakarta.internal.health;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

import dev.dockerflow.jakarta.deployment.CountingCheck;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code dockerflow.checks} names a health check by its response name; an application check it does not name is not run. */
class HealthCheckSelectionTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(ReadyDbCheck.class, CountingCheck.class)
            .config("dockerflow.heartbeat.details", "always")
            .config("dockerflow.checks", "ready-db");

    @Test
    void runsOnlyTheNamedHealthCheck() {
        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(500, response.statusCode(), response.body());
        assertEquals(expected("""
                {'status': 'error',
                 'checks': {'ready-db': 'error'},
                 'details': {'ready-db': {'status': 'error', 'level': 40,
                                          'messages': {'dockerflow.mphealth.E001': 'DOWN {\\'pool\\':\\'exhausted\\'}'}}}}
                """), json(response));
        assertEquals(0, app.container().select(CountingCheck.class).get().runs(),
                "calls of the application check that dockerflow.checks does not name");
    }

    @Readiness
    @ApplicationScoped
    static class ReadyDbCheck implements HealthCheck {
        @Override
        public HealthCheckResponse call() {
            return new HealthCheckResponse("ready-db", HealthCheckResponse.Status.DOWN,
                    Optional.of(Map.of("pool", "exhausted")));
        }
    }
}
