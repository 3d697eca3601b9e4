package dev.dockerflow.jakarta.internal.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** By default {@code /__error__} is not served. */
class ErrorEndpointDisabledTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with();

    @RegisterExtension
    LogCapture log = LogCapture.of("dockerflow.error");

    @Test
    void isNotFound() {
        HttpResponse<String> response = app.get("/__error__");

        assertEquals(404, response.statusCode(), response.body());
        assertEquals(List.of(), log.records(), "records on dockerflow.error");
    }
}
