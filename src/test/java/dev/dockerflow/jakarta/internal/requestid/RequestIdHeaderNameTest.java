package dev.dockerflow.jakarta.internal.requestid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import dev.dockerflow.jakarta.logging.LogFields;
import dev.dockerflow.jakarta.internal.summary.Resources;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code dockerflow.request-id.header} names the header read and echoed. */
class RequestIdHeaderNameTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with().jaxrs(Resources.class)
            .env("DOCKERFLOW_REQUEST_ID_HEADER", "X-Correlation-Id");

    @RegisterExtension
    LogCapture summaries = LogCapture.of("request.summary");

    @Test
    void readsAndEchoesTheConfiguredHeader() {
        HttpResponse<String> response = app.get("/notes", "X-Correlation-Id", "corr-9", "X-Request-ID", "ignored");

        assertEquals("corr-9", response.headers().firstValue("X-Correlation-Id").orElseThrow());
        assertTrue(response.headers().firstValue("X-Request-ID").isEmpty());
        assertEquals("corr-9", ((LogFields) summaries.records().get(0).getParameters()[0]).asMap().get("rid"));
    }
}
