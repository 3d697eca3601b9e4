package dev.dockerflow.jakarta.internal.endpoint;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

import dev.dockerflow.jakarta.deployment.ErrorCheck;
import dev.dockerflow.jakarta.deployment.OkCheck;
import dev.dockerflow.jakarta.testing.BasicAuthFilter;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * No {@code dockerflow.heartbeat.details} configured: {@code authorized}, as python-dockerflow (since GHSA-v7fv-wxwf-7ffh),
 * Spring Boot and Helidon keep health details from strangers. An anonymous caller gets the status alone.
 */
class DetailsDefaultTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(ErrorCheck.class, OkCheck.class).jaxrs(BasicAuthFilter.class);

    @Test
    void anonymousCallerSeesTheStatusOnly() {
        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(500, response.statusCode());
        assertEquals(expected("{'status': 'error'}"), json(response));
    }

    @Test
    void callerInTheDetailsRoleSeesEverything() {
        HttpResponse<String> response = app.get("/__heartbeat__", "Authorization", BasicAuthFilter.basic("alice", "alice-secret"));

        assertEquals(500, response.statusCode());
        assertEquals(expected(DetailsAuthorizedTest.FULL), json(response));
    }
}
