package dev.dockerflow.jakarta.endpoint;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import dev.dockerflow.jakarta.testing.BasicAuthFilter;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code dockerflow.heartbeat.details=authorized}: checks and details only for a caller in the role
 * {@code dockerflow} (the default details role), authenticated by the application's own filter.
 */
class DetailsAuthorizedTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(ErrCheck.class, OkCheck.class)
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
        assertEquals(expected("""
                {'status': 'error',
                 'checks': {'err_check': 'error', 'ok_check': 'ok'},
                 'details': {'err_check': {'status': 'error', 'level': 40, 'messages': {'tests.checks.E001': 'some error'}}}}
                """), json(response));
    }

    @Test
    void authenticatedCallerOutsideTheRoleSeesTheStatusOnly() {
        HttpResponse<String> response = app.get("/__heartbeat__", "Authorization", BasicAuthFilter.basic("bob", "bob-secret"));

        assertEquals(500, response.statusCode());
        assertEquals(expected("{'status': 'error'}"), json(response));
    }

    @ApplicationScoped
    @Named("err_check")
    static class ErrCheck implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            return List.of(CheckMessage.error("tests.checks.E001", "some error"));
        }
    }

    @ApplicationScoped
    @Named("ok_check")
    static class OkCheck implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            return List.of();
        }
    }
}
