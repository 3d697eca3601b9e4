package dev.dockerflow.jakarta.health;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code dockerflow.checks} names a health check by its response name; an application check it does not name is not run. */
class HealthCheckSelectionTest {

    static final AtomicInteger APP_CHECK_CALLS = new AtomicInteger();

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(ReadyDbCheck.class, UnnamedAppCheck.class)
            .config("dockerflow.checks", "ready-db");

    @Test
    void runsOnlyTheNamedHealthCheck() {
        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(500, response.statusCode(), response.body());
        assertEquals(expected("""
                {'status': 'error',
                 'checks': {'ready-db': 'error'},
                 'details': {'ready-db': {'status': 'error', 'level': 40,
                                          'messages': {'dockerflow.mphealth.E001': 'DOWN {\\'pool\\':\\'exhausted\\'}'}}}}
                """), json(response));
        assertEquals(0, APP_CHECK_CALLS.get(), "calls of the application check that dockerflow.checks does not name");
    }

    @Readiness
    @ApplicationScoped
    static class ReadyDbCheck implements HealthCheck {
        @Override
        public HealthCheckResponse call() {
            return new HealthCheckResponse("ready-db", HealthCheckResponse.Status.DOWN,
                    Optional.of(Map.of("pool", "exhausted")));
        }
    }

    @ApplicationScoped
    @Named("app_check")
    static class UnnamedAppCheck implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            APP_CHECK_CALLS.incrementAndGet();
            return List.of(CheckMessage.error("tests.app.E001", "should not run"));
        }
    }
}
