package dev.dockerflow.jakarta.internal.heartbeat;

import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;

import dev.dockerflow.jakarta.deployment.WarningCheck;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The default fail level is warning, as in the seed; info and debug messages still pass. */
class FailLevelWarningTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(WarningCheck.class, InfoCheck.class)
            .config("dockerflow.heartbeat.details", "always");

    @Test
    void aWarningFailsTheHeartbeat() {
        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(500, response.statusCode());
        assertEquals(expected("""
                {'status': 'warning', 'checks': {'info_check': 'info', 'warn_check': 'warning'},
                 'details': {'info_check': {'status': 'info', 'level': 20, 'messages': {'tests.checks.I001': 'fyi', 'tests.checks.D001': 'detail'}},
                             'warn_check': {'status': 'warning', 'level': 30, 'messages': {'tests.checks.W001': 'some warning'}}}}
                """), json(response));
    }

    @ApplicationScoped
    @Named("info_check")
    static class InfoCheck implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            return List.of(CheckMessage.info("tests.checks.I001", "fyi"), CheckMessage.debug("tests.checks.D001", "detail"));
        }
    }
}
