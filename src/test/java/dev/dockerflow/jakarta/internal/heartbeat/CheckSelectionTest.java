package dev.dockerflow.jakarta.internal.heartbeat;

import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.dockerflow.jakarta.deployment.CountingCheck;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code dockerflow.checks} names the checks that run; the others are neither run nor shown. */
class CheckSelectionTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(Chosen.class, CountingCheck.class)
            .config("dockerflow.heartbeat.details", "always")
            .config("dockerflow.checks", "chosen");

    @Test
    void runsOnlyTheNamedChecks() {
        assertEquals(expected("{'status': 'ok', 'checks': {'chosen': 'ok'}, 'details': {}}"),
                json(app.get("/__heartbeat__")));
        assertEquals(0, app.container().select(CountingCheck.class).get().runs());
    }

    @ApplicationScoped
    @Named("chosen")
    static class Chosen implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            return List.of();
        }
    }
}
