package dev.dockerflow.jakarta.checks.redis;

import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * One heartbeat and how long it took to answer, from sending the request to reading the whole response.
 *
 * @param status the HTTP status
 * @param body the JSON body
 * @param millis how long it took
 */
record TimedHeartbeat(int status, JsonObject body, long millis) {

    /** @param app a running deployment @return its heartbeat, timed */
    static TimedHeartbeat of(DockerflowApp app) {
        long started = System.nanoTime();
        HttpResponse<String> response = app.get("/__heartbeat__");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        return new TimedHeartbeat(response.statusCode(), DockerflowApp.json(response), millis);
    }

    /** @return the body of a heartbeat whose only check, redis, is ok */
    static JsonObject ok() {
        return DockerflowApp.expected("{'status': 'ok', 'checks': {'redis': 'ok'}, 'details': {}}");
    }

    /**
     * Built rather than parsed from text: the texts hold quotes.
     *
     * @param id the message id
     * @param text the message text
     * @return the body of a heartbeat whose only check, redis, reports this one error
     */
    static JsonObject error(String id, String text) {
        return Json.createObjectBuilder()
                .add("status", "error")
                .add("checks", Json.createObjectBuilder().add("redis", "error"))
                .add("details", Json.createObjectBuilder().add("redis", Json.createObjectBuilder()
                        .add("status", "error")
                        .add("level", 40)
                        .add("messages", Json.createObjectBuilder().add(id, text))))
                .build();
    }
}
