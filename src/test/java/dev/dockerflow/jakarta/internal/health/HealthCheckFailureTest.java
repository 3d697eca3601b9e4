package dev.dockerflow.jakarta.internal.health;

import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A health check that throws is an error {@code dockerflow.heartbeat.E002} naming the exception's type and message. */
class HealthCheckFailureTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(ThrowingCheck.class)
            .config("dockerflow.heartbeat.details", "always");

    @Test
    void throwingCheckIsAnError() {
        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(500, response.statusCode(), response.body());
        JsonObject body = json(response);
        assertEquals("error", body.getString("status"), response.body());
        JsonObject checks = body.getJsonObject("checks");
        assertEquals(1, checks.size(), response.body());
        String name = checks.keySet().iterator().next();
        assertEquals("error", checks.getString(name));
        JsonObject detail = body.getJsonObject("details").getJsonObject(name);
        assertEquals("error", detail.getString("status"));
        assertEquals(40, detail.getInt("level"));
        JsonObject messages = detail.getJsonObject("messages");
        assertEquals(1, messages.size(), response.body());
        String text = messages.getString("dockerflow.heartbeat.E002");
        assertTrue(text.contains("IllegalStateException") && text.contains("connection refused by ready-db"),
                "should name the exception's type and message: " + text);
    }

    @Readiness
    @ApplicationScoped
    static class ThrowingCheck implements HealthCheck {
        @Override
        public HealthCheckResponse call() {
            throw new IllegalStateException("connection refused by ready-db");
        }
    }
}
