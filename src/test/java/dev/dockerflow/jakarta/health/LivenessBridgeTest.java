package dev.dockerflow.jakarta.health;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code @Liveness} checks are bridged: UP is an ok check, DOWN an error carrying the response's data,
 * each named after its response.
 */
class LivenessBridgeTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(UpCheck.class, DownCheck.class);

    @Test
    void upIsOkAndDownIsAnErrorWithItsData() {
        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(500, response.statusCode(), response.body());
        assertEquals(2, json(response).getJsonObject("checks").size(), "both checks are bridged: " + response.body());
        assertEquals(expected("""
                {'status': 'error',
                 'checks': {'liveness-down': 'error', 'liveness-up': 'ok'},
                 'details': {'liveness-down': {'status': 'error', 'level': 40,
                                         'messages': {'dockerflow.mphealth.E001': 'DOWN {\\'disk\\':\\'full\\',\\'free\\':0}'}}}}
                """), json(response));
    }

    @Liveness
    @ApplicationScoped
    static class UpCheck implements HealthCheck {
        @Override
        public HealthCheckResponse call() {
            return new HealthCheckResponse("liveness-up", HealthCheckResponse.Status.UP, Optional.of(Map.of("uptime", 42)));
        }
    }

    @Liveness
    @ApplicationScoped
    static class DownCheck implements HealthCheck {
        @Override
        public HealthCheckResponse call() {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("disk", "full");
            data.put("free", 0);
            return new HealthCheckResponse("liveness-down", HealthCheckResponse.Status.DOWN, Optional.of(data));
        }
    }
}
