package dev.dockerflow.jakarta.tck;

import static dev.dockerflow.jakarta.tck.Http.expected;
import static dev.dockerflow.jakarta.tck.Http.get;
import static dev.dockerflow.jakarta.tck.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerflow.jakarta.tck.deployment.DockerflowRoot;
import dev.dockerflow.jakarta.tck.deployment.NotesApi;
import dev.dockerflow.jakarta.tck.deployment.NotesResource;
import dev.dockerflow.jakarta.tck.deployment.OkCheck;
import dev.dockerflow.jakarta.tck.deployment.SummaryRecorder;

/**
 * The README's advice for an application whose API is under {@code /api}: a second application at the
 * root carrying only the feature. The Dockerflow endpoints answer at the root; the API still works,
 * and its requests are summarised.
 */
@ExtendWith(ArquillianExtension.class)
class NonRootApplicationTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(NonRootApplicationTest.class).applications(NotesApi.class, DockerflowRoot.class)
                .with(NotesResource.class, OkCheck.class, SummaryRecorder.class)
                .config("dockerflow.heartbeat.details", "always").build();
    }

    @ArquillianResource
    URL base;

    @Test
    void endpointsAnswerAtTheRoot() {
        HttpResponse<String> response = get(base, "__heartbeat__");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(expected("{'status': 'ok', 'checks': {'ok_check': 'ok'}, 'details': {}}"), json(response));
        assertEquals(200, get(base, "__lbheartbeat__").statusCode());
    }

    @Test
    void theApiIsServedAndSummarised() {
        HttpResponse<String> response = get(base, "api/notes", "X-Request-ID", "tck-api");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(expected("[]"), json(response));
        String path = Http.summaryOf(base, "tck-api").getJsonObject("Fields").getString("path");
        assertTrue(path.endsWith("/api/notes"), path);
    }
}
