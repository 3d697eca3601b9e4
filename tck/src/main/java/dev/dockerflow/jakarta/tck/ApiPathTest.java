package dev.dockerflow.jakarta.tck;

import static dev.dockerflow.jakarta.tck.Http.expected;
import static dev.dockerflow.jakarta.tck.Http.get;
import static dev.dockerflow.jakarta.tck.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.dockerflow.jakarta.tck.deployment.ApiNotesResource;
import dev.dockerflow.jakarta.tck.deployment.ApiRootApplication;
import dev.dockerflow.jakarta.tck.deployment.OkCheck;
import dev.dockerflow.jakarta.tck.deployment.SummaryRecorder;

/**
 * The README's recipe for an application whose API is under {@code /api}, on every runtime: one root
 * application with the feature, the API's resources under {@code @Path("api/...")}. The Dockerflow
 * endpoints answer at the root and only there; the API works, and its requests are summarised.
 */
@ExtendWith(ArquillianExtension.class)
class ApiPathTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(ApiPathTest.class).applications(ApiRootApplication.class)
                .with(ApiNotesResource.class, OkCheck.class, SummaryRecorder.class)
                .config("dockerflow.heartbeat.details", "always").build();
    }

    @ArquillianResource
    URL base;

    @Test
    void endpointsAnswerAtTheRootOnly() {
        HttpResponse<String> response = get(base, "__heartbeat__");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(expected("{'status': 'ok', 'checks': {'ok_check': 'ok'}, 'details': {}}"), json(response));
        assertEquals(200, get(base, "__lbheartbeat__").statusCode());
        assertEquals(404, get(base, "api/__heartbeat__").statusCode());
    }

    @Test
    void theApiIsServedAndSummarised() {
        HttpResponse<String> response = get(base, "api/notes", "X-Request-ID", "tck-api-path");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(expected("[]"), json(response));
        String path = Http.summaryOf(base, "tck-api-path").getJsonObject("Fields").getString("path");
        assertTrue(path.endsWith("/api/notes"), path);
    }
}
