package dev.dockerflow.jakarta.internal.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.logging.Level;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With {@code dockerflow.error-endpoint=true}, {@code /__error__} fails on purpose: 500 and one SEVERE record. */
class ErrorEndpointEnabledTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with().config("dockerflow.error-endpoint", "true");

    @RegisterExtension
    LogCapture log = LogCapture.of("dockerflow.error");

    @Test
    void answers500AndLogsOneError() {
        HttpResponse<String> response = app.get("/__error__");

        assertEquals(500, response.statusCode(), response.body());
        List<String> severe = log.messages(Level.SEVERE);
        assertEquals(1, severe.size(), "SEVERE records on dockerflow.error: " + severe);
    }
}
