package dev.dockerflow.jakarta.internal.heartbeat;

import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.LogCapture;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Silenced ids are dropped before levels are computed, and are not logged. */
class SilencedChecksTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(MixedCheck.class)
            .config("dockerflow.heartbeat.details", "always")
            .config("dockerflow.silenced-checks", "tests.checks.E001, tests.checks.E002")
            .config("dockerflow.heartbeat.fail-level", "error");

    @RegisterExtension
    LogCapture log = LogCapture.of("dockerflow.heartbeat");

    @Test
    void silencedErrorsNoLongerFailTheHeartbeat() {
        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(200, response.statusCode());
        assertEquals(expected("""
                {'status': 'warning', 'checks': {'mixed': 'warning'},
                 'details': {'mixed': {'status': 'warning', 'level': 30, 'messages': {'tests.checks.W001': 'some warning'}}}}
                """), json(response));
        assertEquals(List.of("tests.checks.W001: some warning"),
                log.records().stream().map(LogCapture::format).filter(m -> m.startsWith("tests.")).toList());
    }

    @ApplicationScoped
    @Named("mixed")
    static class MixedCheck implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            return List.of(CheckMessage.error("tests.checks.E001", "some error"),
                    CheckMessage.warning("tests.checks.W001", "some warning"),
                    CheckMessage.critical("tests.checks.E002", "on fire"));
        }
    }
}
