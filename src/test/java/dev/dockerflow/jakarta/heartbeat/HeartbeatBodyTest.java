package dev.dockerflow.jakarta.heartbeat;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The seed's example: one warning and one error check, one ok check; the default fail level is warning. */
class HeartbeatBodyTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(ErrCheck.class, WarnCheck.class, OkCheck.class);

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

    @ApplicationScoped
    @Named("err_check")
    static class ErrCheck implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            return List.of(CheckMessage.error("tests.checks.E001", "some error"));
        }
    }

    @ApplicationScoped
    @Named("warn_check")
    static class WarnCheck implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            return List.of(CheckMessage.warning("tests.checks.W001", "some warning"));
        }
    }

    @ApplicationScoped
    @Named("ok_check")
    static class OkCheck implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            return List.of();
        }
    }
}
