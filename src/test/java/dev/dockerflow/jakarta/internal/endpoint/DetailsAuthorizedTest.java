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
 * {@code dockerflow.heartbeat.details=authorized}: checks and details only for a caller in the role
 * {@code dockerflow} (the default details role), authenticated by the application's own filter.
 */
class DetailsAuthorizedTest {

    /** The whole body, as a caller in the details role sees it. */
    static final String FULL = """
            {'status': 'error',
             'checks': {'err_check': 'error', 'ok_check': 'ok'},
             'details': {'err_check': {'status': 'error', 'level': 40, 'messages': {'tests.checks.E001': 'some error'}}}}
            """;

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(ErrorCheck.class, OkCheck.class)
            .jaxrs(BasicAuthFilter.class)
            .config("dockerflow.heartbeat.details", "authorized");

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
        assertEquals(expected(FULL), json(response));
    }

    @Test
    void authenticatedCallerOutsideTheRoleSeesTheStatusOnly() {
        HttpResponse<String> response = app.get("/__heartbeat__", "Authorization", BasicAuthFilter.basic("bob", "bob-secret"));

        assertEquals(500, response.statusCode());
        assertEquals(expected("{'status': 'error'}"), json(response));
    }
}
