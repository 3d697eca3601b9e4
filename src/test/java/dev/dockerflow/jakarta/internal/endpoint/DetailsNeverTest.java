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

/** {@code dockerflow.heartbeat.details=never}: the body is the status alone, the status code is unchanged. */
class DetailsNeverTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(ErrorCheck.class, OkCheck.class)
            .jaxrs(BasicAuthFilter.class)
            .config("dockerflow.heartbeat.details", "never");

    @Test
    void bodyIsTheStatusOnly() {
        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(500, response.statusCode());
        assertEquals(expected("{'status': 'error'}"), json(response));
    }

    @Test
    void evenForACallerInTheDetailsRole() {
        HttpResponse<String> response = app.get("/__heartbeat__", "Authorization", BasicAuthFilter.basic("alice", "alice-secret"));

        assertEquals(500, response.statusCode());
        assertEquals(expected("{'status': 'error'}"), json(response));
    }
}
