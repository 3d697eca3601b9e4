package dev.dockerflow.jakarta.internal.heartbeat;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

import dev.dockerflow.jakarta.deployment.ErrorCheck;
import dev.dockerflow.jakarta.deployment.OkCheck;
import dev.dockerflow.jakarta.deployment.WarningCheck;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The seed's example: one warning and one error check, one ok check; the default fail level is warning. */
class HeartbeatBodyTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(ErrorCheck.class, WarningCheck.class, OkCheck.class)
            .config("dockerflow.heartbeat.details", "always");

    @Test
    void reportsEveryCheckAndDetailsOnlyAboveOk() {
        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(500, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(expected("""
                {'status': 'error',
                 'checks': {'err_check': 'error', 'ok_check': 'ok', 'warn_check': 'warning'},
                 'details': {'err_check': {'status': 'error', 'level': 40, 'messages': {'tests.checks.E001': 'some error'}},
                             'warn_check': {'status': 'warning', 'level': 30, 'messages': {'tests.checks.W001': 'some warning'}}}}
                """), json(response));
    }
}
