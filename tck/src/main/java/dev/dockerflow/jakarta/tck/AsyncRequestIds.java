package dev.dockerflow.jakarta.tck;

import static dev.dockerflow.jakarta.tck.Http.get;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

/**
 * What {@link AsyncRequestIdTest} and {@link PropagatedRequestIdTest} assert of an asynchronous resource,
 * whichever executor continues it: its continuation's line and its request.summary carry the request's id,
 * and the requests that follow show on arrival that no request thread carries it on.
 */
final class AsyncRequestIds {

    /** Enough requests for each of a runtime's request threads to serve one, whichever it picks. */
    private static final int FOLLOW_UPS = 100;

    private AsyncRequestIds() {
    }

    /**
     * @param base the deployment's URL
     * @param path the asynchronous resource
     * @param body what it answers
     * @param continuationMessage what its continuation logs on the deployment's own logger
     */
    static void carriedAndLeftNowhere(URL base, String path, String body, String continuationMessage) {
        String id = "tck-async-" + UUID.randomUUID();
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
