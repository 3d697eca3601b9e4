package dev.dockerflow.jakarta.internal.heartbeat;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

import dev.dockerflow.jakarta.deployment.WarningCheck;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code fail-level=error} (python-dockerflow since 2020.6): a warning passes, only an error fails. */
class FailLevelErrorTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(WarningCheck.class)
            .config("dockerflow.heartbeat.details", "always")
            .config("dockerflow.heartbeat.fail-level", "error");

    @Test
    void aWarningPassesWithItsDetails() {
        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(200, response.statusCode());
        assertEquals(expected("""
                {'status': 'warning', 'checks': {'warn_check': 'warning'},
                 'details': {'warn_check': {'status': 'warning', 'level': 30, 'messages': {'tests.checks.W001': 'some warning'}}}}
                """), json(response));
    }
}
