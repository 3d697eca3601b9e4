package dev.dockerflow.jakarta.checks.database;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.json.JsonObject;

/**
 * One heartbeat and how long it took to answer, for scenarios whose point is that a failing database
 * does not delay the heartbeat past its timeout.
 *
 * @param response the response
 * @param millis how long the request took, in milliseconds
 */
public record TimedHeartbeat(HttpResponse<String> response, long millis) {

    /** Slack above the heartbeat's timeout for the HTTP round trip and the scheduler, in milliseconds. */
    public static final long MARGIN_MILLIS = 500;

    /**
     * @param app the deployment
     * @return its heartbeat, timed
     */
    public static TimedHeartbeat of(DockerflowApp app) {
        long started = System.nanoTime();
        HttpResponse<String> response = app.get("/__heartbeat__");
        return new TimedHeartbeat(response, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /**
     * @param timeoutMillis the deployment's {@code dockerflow.heartbeat.timeout}
     * @return this heartbeat, once asserted to have answered within the timeout and {@link #MARGIN_MILLIS}
     */
    public TimedHeartbeat answeredWithin(long timeoutMillis) {
        assertTrue(millis < timeoutMillis + MARGIN_MILLIS,
                "the heartbeat answered after " + millis + " ms; its timeout is " + timeoutMillis + " ms");
        return this;
    }

    /** @return the body */
    public JsonObject json() {
        return DockerflowApp.json(response);
    }

    /** @return the status code */
    public int status() {
        return response.statusCode();
    }
}
