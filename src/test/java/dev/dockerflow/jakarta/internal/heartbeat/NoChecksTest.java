package dev.dockerflow.jakarta.internal.heartbeat;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An application without checks has a heartbeat that is ok. */
class NoChecksTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with()
            .config("dockerflow.heartbeat.details", "always");

    @Test
    void isOk() {
        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(200, response.statusCode());
        assertEquals(expected("{'status': 'ok', 'checks': {}, 'details': {}}"), json(response));
    }
}
