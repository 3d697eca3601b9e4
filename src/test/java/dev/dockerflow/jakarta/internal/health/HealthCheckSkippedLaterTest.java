package dev.dockerflow.jakarta.internal.health;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

import dev.dockerflow.jakarta.deployment.LateHealthCheck;
import dev.dockerflow.jakarta.deployment.OkCheck;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A health check that {@code dockerflow.skipped-checks} names but that cannot answer while the
 * application starts does not fail the deployment: the first heartbeat runs it to learn its name and
 * leaves its answer out, and later heartbeats do not run it.
 */
class HealthCheckSkippedLaterTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(NotYetCheck.class, OkCheck.class)
            .config("dockerflow.heartbeat.details", "always")
            .config("dockerflow.skipped-checks", "schema");

    @Test
    void isLeftOutOnceItAnswers() {
        for (int heartbeat = 1; heartbeat <= 2; heartbeat++) {
            HttpResponse<String> response = app.get("/__heartbeat__");

            assertEquals(200, response.statusCode(), response.body());
            assertEquals(expected("{'status': 'ok', 'checks': {'ok_check': 'ok'}, 'details': {}}"), json(response));
        }
        assertEquals(2, app.container().select(NotYetCheck.class, Readiness.Literal.INSTANCE).get().calls(),
                "calls: once at start, once at the first heartbeat");
    }

    @Readiness
    @ApplicationScoped
    static class NotYetCheck extends LateHealthCheck {
        NotYetCheck() {
            super("schema");
        }
    }
}
