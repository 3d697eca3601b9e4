package dev.dockerflow.jakarta.internal.heartbeat;

import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.LogCapture;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Secrets in what checks report (a message and its hint, the text of an exception a check threw, a bridged health
 * check's data) are masked in the body and in the heartbeat's log lines alike, with details shown to everyone.
 */
class SecretsMaskedTest {

    private static final List<String> SECRETS = List.of("p@ss/w?rd", "hunter2", "s3cret", "k3y-123", "tok-456");

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(LeakyCheck.class, ThrowingCheck.class, LeakyHealthCheck.class)
            .config("dockerflow.heartbeat.details", "always");

    @RegisterExtension
    LogCapture log = LogCapture.of("dockerflow.heartbeat");

    @Test
    void bodyShowsNoSecret() {
        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(500, response.statusCode());
        assertEquals(expected("""
                {'status': 'error', 'checks': {'leaky': 'warning', 'leaky-health': 'error', 'throwing': 'error'},
                 'details': {
                   'leaky': {'status': 'warning', 'level': 30, 'messages': {'tests.leaky.W001':
                       'cannot reach postgres://notes:***@db.internal/notes HINT: set token=*** again'}},
                   'leaky-health': {'status': 'error', 'level': 40, 'messages': {'dockerflow.mphealth.E001':
                       'DOWN {\\"url\\":\\"redis://:***@cache:6379/0\\",\\"api_key\\":\\"***\\"}'}},
                   'throwing': {'status': 'error', 'level': 40, 'messages': {'dockerflow.heartbeat.E002':
                       'check failed: java.lang.IllegalStateException: login failed for jdbc:sqlserver://db;user=notes;password=***;encrypt=true'}}}}
                """), json(response));
    }

    @Test
    void logLinesShowNoSecret() {
        app.get("/__heartbeat__");

        List<String> lines = log.mozlogLines();
        assertTrue(lines.stream().anyMatch(line -> line.contains("dockerflow.heartbeat.E002")), String.join("\n", lines));
        assertAll(SECRETS.stream().map(secret -> () -> assertFalse(lines.stream().anyMatch(line -> line.contains(secret)),
                "a log line shows " + secret + ":\n" + String.join("\n", lines))));
    }

    @ApplicationScoped
    @Named("leaky")
    static class LeakyCheck implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            return List.of(CheckMessage.warning("tests.leaky.W001", "cannot reach postgres://notes:p@ss/w?rd@db.internal/notes")
                    .withHint("set token=tok-456 again"));
        }
    }

    @ApplicationScoped
    @Named("throwing")
    static class ThrowingCheck implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            throw new IllegalStateException("login failed for jdbc:sqlserver://db;user=notes;password=hunter2;encrypt=true");
        }
    }

    @Readiness
    @ApplicationScoped
    static class LeakyHealthCheck implements HealthCheck {
        @Override
        public HealthCheckResponse call() {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("url", "redis://:s3cret@cache:6379/0");
            data.put("api_key", "k3y-123");
            return new HealthCheckResponse("leaky-health", HealthCheckResponse.Status.DOWN, Optional.of(data));
        }
    }
}
