package dev.dockerflow.jakarta.internal.endpoint;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

import dev.dockerflow.jakarta.deployment.ErrorCheck;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code dockerflow.heartbeat.failed-status-code=503}: a failed heartbeat answers 503, with the same body. */
class FailedStatusCodeTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(ErrorCheck.class)
            .config("dockerflow.heartbeat.details", "always")
            .config("dockerflow.heartbeat.failed-status-code", "503");

    @Test
    void failedHeartbeatAnswers503() {
        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(503, response.statusCode());
        assertEquals(expected("""
                {'status': 'error',
                 'checks': {'err_check': 'error'},
                 'details': {'err_check': {'status': 'error', 'level': 40, 'messages': {'tests.checks.E001': 'some error'}}}}
                """), json(response));
    }
}
