package dev.dockerflow.jakarta.internal.health;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

import dev.dockerflow.jakarta.deployment.DownHealthCheck;
import dev.dockerflow.jakarta.deployment.UpHealthCheck;
import dev.dockerflow.jakarta.heartbeat.CheckLevel;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two health checks that answer the same name, learnt only at the heartbeat: both stay in the body,
 * each with the clash as an error naming both sources, and the body's status is the highest level it
 * lists.
 */
class HealthChecksSharingANameTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(DownOne.class, UpTwo.class)
            .config("dockerflow.heartbeat.details", "always");

    static final String CLASH = "checks share the name shared: MicroProfile Health check " + DownOne.class.getName()
            + " (liveness) (shown as shared), MicroProfile Health check " + UpTwo.class.getName()
            + " (readiness) (shown as shared#2); give each check its own name";

    @Test
    void bothAreListedWithTheClash() {
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> response = app.get("/__heartbeat__");

            assertEquals(500, response.statusCode(), response.body());
            JsonObject expected = expected("""
                    {'status': 'error', 'checks': {'shared': 'error', 'shared#2': 'error'},
                     'details': {'shared': {'status': 'error', 'level': 40,
                                            'messages': {'dockerflow.heartbeat.E004': 'CLASH',
                                                         'dockerflow.mphealth.E001': 'DOWN {\\'disk\\':\\'full\\',\\'free\\':0}'}},
                                 'shared#2': {'status': 'error', 'level': 40,
                                              'messages': {'dockerflow.heartbeat.E004': 'CLASH'}}}}
                    """.replace("CLASH", CLASH));
            assertEquals(expected, json(response), "heartbeat " + (i + 1));
        }
    }

    @Test
    void statusIsTheHighestLevelListed() {
        JsonObject body = json(app.get("/__heartbeat__"));

        JsonObject checks = body.getJsonObject("checks");
        int listed = CheckLevel.OK;
        for (var status : checks.values()) {
            listed = Math.max(listed, CheckLevel.parse(((JsonString) status).getString()).orElseThrow());
        }
        assertEquals(CheckLevel.name(listed), body.getString("status"), "the highest level in checks: " + body);
        body.getJsonObject("details").forEach((name, detail) -> assertEquals(checks.getString(name),
                detail.asJsonObject().getString("status"), "details and checks agree on " + name + ": " + body));
    }

    @Liveness
    @ApplicationScoped
    static class DownOne extends DownHealthCheck {
        DownOne() {
            super("shared");
        }
    }

    @Readiness
    @ApplicationScoped
    static class UpTwo extends UpHealthCheck {
        UpTwo() {
            super("shared");
        }
    }
}
