package dev.dockerflow.jakarta.internal.health;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import dev.dockerflow.jakarta.deployment.LateHealthCheck;
import dev.dockerflow.jakarta.deployment.UpHealthCheck;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A health check that {@code dockerflow.checks} names but that cannot answer while the application
 * starts (as on Payara Micro, where no HealthCheckResponse can be built during deployment) does not
 * fail the deployment: its name is learnt at the first heartbeat, and it is reported under it. The
 * name changes nothing else: the other health check runs too.
 */
class HealthCheckNamedLaterTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(NotYetCheck.class, OtherCheck.class)
            .config("dockerflow.heartbeat.details", "always")
            .config("dockerflow.checks", "schema");

    @Test
    void isReportedUnderItsNameOnceItAnswers() {
        assertTrue(app.container().select(NotYetCheck.class, Readiness.Literal.INSTANCE).get().calls() >= 1,
                "the check was asked its name at start");

        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(expected("{'status': 'ok', 'checks': {'other': 'ok', 'schema': 'ok'}, 'details': {}}"), json(response));
    }

    @Readiness
    @ApplicationScoped
    static class NotYetCheck extends LateHealthCheck {
        NotYetCheck() {
            super("schema");
        }
    }

    /** Answers at start, under a name the configuration does not name. */
    @Readiness
    @ApplicationScoped
    static class OtherCheck extends UpHealthCheck {
        OtherCheck() {
            super("other");
        }
    }
}
