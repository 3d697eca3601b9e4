package dev.dockerflow.jakarta.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;

/**
 * One {@code /__heartbeat__} and how long it took to answer, from sending the request to reading the whole response:
 * for scenarios whose point is that a failing backing service (a database, Redis) does not delay the heartbeat past
 * its timeout.
 *
 * @param response the response
 * @param millis how long the request took, in milliseconds
 */
public record TimedHeartbeat(HttpResponse<String> response, long millis) {

    /** Slack above the heartbeat's timeout for the HTTP round trip and the scheduler, in milliseconds. */
    public static final long MARGIN_MILLIS = 500;

    /**
     * @param app a running deployment
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
        return answeredWithin(timeoutMillis, MARGIN_MILLIS);
    }

    /**
     * @param timeoutMillis the deployment's {@code dockerflow.heartbeat.timeout}
     * @param marginMillis what answering "before the timeout" may take beyond it
     * @return this heartbeat, once asserted to have answered in less than the timeout plus the margin
     */
    public TimedHeartbeat answeredWithin(long timeoutMillis, long marginMillis) {
        assertTrue(millis < timeoutMillis + marginMillis, "the heartbeat answered after " + millis
                + " ms; its timeout is " + timeoutMillis + " ms, the margin " + marginMillis + " ms");
        return this;
    }

    /** @return the status code */
    public int status() {
        return response.statusCode();
    }

    /** @return the body, parsed */
    public JsonObject json() {
        return DockerflowApp.json(response);
    }
}
