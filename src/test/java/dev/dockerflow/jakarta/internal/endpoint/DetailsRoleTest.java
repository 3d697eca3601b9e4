package dev.dockerflow.jakarta.internal.endpoint;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

import dev.dockerflow.jakarta.deployment.WarningCheck;
import dev.dockerflow.jakarta.testing.BasicAuthFilter;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code dockerflow.heartbeat.details-role=ops}: details go to the {@code ops} role, no longer to {@code dockerflow}. */
class DetailsRoleTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(WarningCheck.class)
            .jaxrs(BasicAuthFilter.class)
            .config("dockerflow.heartbeat.details", "authorized")
            .config("dockerflow.heartbeat.details-role", "ops");

    @Test
    void callerInTheConfiguredRoleSeesEverything() {
        HttpResponse<String> response = app.get("/__heartbeat__", "Authorization", BasicAuthFilter.basic("olivia", "olivia-secret"));

        assertEquals(500, response.statusCode());
        assertEquals(expected("""
                {'status': 'warning',
                 'checks': {'warn_check': 'warning'},
                 'details': {'warn_check': {'status': 'warning', 'level': 30, 'messages': {'tests.checks.W001': 'some warning'}}}}
                """), json(response));
    }

    @Test
    void callerInTheDefaultRoleSeesTheStatusOnly() {
        HttpResponse<String> response = app.get("/__heartbeat__", "Authorization", BasicAuthFilter.basic("alice", "alice-secret"));

        assertEquals(500, response.statusCode());
        assertEquals(expected("{'status': 'warning'}"), json(response));
    }
}
