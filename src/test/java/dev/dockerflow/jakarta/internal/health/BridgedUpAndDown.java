package dev.dockerflow.jakarta.internal.health;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

import dev.dockerflow.jakarta.deployment.DownHealthCheck;
import dev.dockerflow.jakarta.deployment.UpHealthCheck;

/**
 * What {@code /__heartbeat__} shows for a deployment of one {@code UpHealthCheck} named {@code <kind>-up}
 * and one {@code DownHealthCheck} named {@code <kind>-down}, both of one health kind.
 */
final class BridgedUpAndDown {

    private BridgedUpAndDown() {
    }

    /**
     * Asserts a 500 whose body shows both checks, UP as an ok check and DOWN as an error carrying the
     * response's data, each named after its response.
     *
     * @param response the /__heartbeat__ response
     * @param kind the prefix of the two response names: liveness, readiness or startup
     */
    static void assertBridged(HttpResponse<String> response, String kind) {
        assertEquals(500, response.statusCode(), response.body());
        assertEquals(2, json(response).getJsonObject("checks").size(), "both checks are bridged: " + response.body());
        assertEquals(expected("""
                {'status': 'error',
                 'checks': {'KIND-down': 'error', 'KIND-up': 'ok'},
                 'details': {'KIND-down': {'status': 'error', 'level': 40,
                                         'messages': {'dockerflow.mphealth.E001': 'DOWN {\\'disk\\':\\'full\\',\\'free\\':0}'}}}}
                """.replace("KIND", kind)), json(response));
    }
}
