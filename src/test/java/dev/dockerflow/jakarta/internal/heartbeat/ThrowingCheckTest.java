package dev.dockerflow.jakarta.internal.heartbeat;

import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;

import dev.dockerflow.jakarta.deployment.FineCheck;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A check that throws is an error naming the exception's type and message; the others still report. */
class ThrowingCheckTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(ThrowingCheck.class, FineCheck.class)
            .config("dockerflow.heartbeat.details", "always");

    @Test
    void isReportedAsAnError() {
        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(500, response.statusCode());
        assertEquals(expected("""
                {'status': 'error', 'checks': {'fine': 'ok', 'throwing': 'error'},
                 'details': {'throwing': {'status': 'error', 'level': 40,
                    'messages': {'dockerflow.heartbeat.E002': 'check failed: java.lang.IllegalStateException: queue unreachable'}}}}
                """), json(response));
    }

    @ApplicationScoped
    @Named("throwing")
    static class ThrowingCheck implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            throw new IllegalStateException("queue unreachable");
        }
    }
}
