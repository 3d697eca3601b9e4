package dev.dockerflow.jakarta.internal.health;

import dev.dockerflow.jakarta.deployment.DownHealthCheck;
import dev.dockerflow.jakarta.deployment.UpHealthCheck;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code @Readiness} checks are bridged: UP is an ok check, DOWN an error carrying the response's data,
 * each named after its response.
 */
class ReadinessBridgeTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(UpCheck.class, DownCheck.class)
            .config("dockerflow.heartbeat.details", "always");

    @Test
    void upIsOkAndDownIsAnErrorWithItsData() {
        BridgedUpAndDown.assertBridged(app.get("/__heartbeat__"), "readiness");
    }

    @Readiness
    @ApplicationScoped
    static class UpCheck extends UpHealthCheck {
        UpCheck() {
            super("readiness-up");
        }
    }

    @Readiness
    @ApplicationScoped
    static class DownCheck extends DownHealthCheck {
        DownCheck() {
            super("readiness-down");
        }
    }
}
