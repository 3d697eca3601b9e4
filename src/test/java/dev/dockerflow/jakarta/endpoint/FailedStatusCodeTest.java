package dev.dockerflow.jakarta.endpoint;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code dockerflow.heartbeat.failed-status-code=503}: a failed heartbeat answers 503, with the same body. */
class FailedStatusCodeTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(ErrCheck.class)
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

    @ApplicationScoped
    @Named("err_check")
    static class ErrCheck implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            return List.of(CheckMessage.error("tests.checks.E001", "some error"));
        }
    }
}
