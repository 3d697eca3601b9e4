package dev.dockerflow.jakarta.tck;

import static dev.dockerflow.jakarta.tck.Http.get;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.dockerflow.jakarta.tck.deployment.ArrivalLog;
import dev.dockerflow.jakarta.tck.deployment.MicroProfileExecutor;
import dev.dockerflow.jakarta.tck.deployment.PropagatedContinuations;
import dev.dockerflow.jakarta.tck.deployment.PropagationApplication;
import dev.dockerflow.jakarta.tck.deployment.SummaryRecorder;
import jakarta.json.JsonObject;

/**
 * Asynchronous Jakarta REST over MicroProfile Context Propagation: the line a continuation logs on the
 * application's {@code ManagedExecutor} carries the request's id, as does request.summary, written on that
 * thread; and no request thread carries the id on once the response is written, which the requests that
 * follow show on arrival, before their own id is bound. {@link AsyncRequestIdTest} shows the same over
 * Jakarta Concurrency.
 */
@ExtendWith(ArquillianExtension.class)
class PropagatedRequestIdTest {

    /** Enough requests for each of a runtime's request threads to serve one, whichever it picks. */
    private static final int FOLLOW_UPS = 100;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(PropagatedRequestIdTest.class).applications(PropagationApplication.class)
                .with(SummaryRecorder.class, PropagatedContinuations.class, MicroProfileExecutor.class, ArrivalLog.class)
                .build();
    }

    @ArquillianResource
    URL base;

    @Test
    void aSuspendedResponseResumedOnTheManagedExecutor() {
        carriesTheIdAndLeavesItNowhere("propagated/suspended", "resumed", "resuming");
    }

    @Test
    void aCompletionStageCompletedOnTheManagedExecutor() {
        carriesTheIdAndLeavesItNowhere("propagated/stage", "completed", "completing");
    }

    private void carriesTheIdAndLeavesItNowhere(String path, String body, String continuationMessage) {
        String id = "tck-propagated-" + UUID.randomUUID();
        HttpResponse<String> response = get(base, path, "X-Request-ID", id);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(body, response.body());
        assertEquals(id, response.headers().firstValue("X-Request-ID").orElseThrow());
        for (int i = 0; i < FOLLOW_UPS; i++) {
            assertEquals(200, get(base, "__lbheartbeat__").statusCode());
        }

        List<JsonObject> lines = Http.applicationLines(base);
        List<JsonObject> continuation = lines.stream()
                .filter(line -> continuationMessage.equals(line.getJsonObject("Fields").getString("msg", null)))
                .filter(line -> id.equals(line.getJsonObject("Fields").getString("rid", null)))
                .toList();
        List<JsonObject> stale = lines.stream()
                .filter(line -> "arriving".equals(line.getJsonObject("Fields").getString("msg", null)))
                .filter(line -> line.getJsonObject("Fields").containsKey("rid"))
                .toList();
        assertAll(
                () -> assertEquals(1, continuation.size(), "the continuation's line with rid " + id + " in " + lines),
                () -> Http.summaryOf(base, id),
                () -> assertEquals(List.of(), stale, "lines logged on arrival, before a request's own id is bound"));
    }
}
