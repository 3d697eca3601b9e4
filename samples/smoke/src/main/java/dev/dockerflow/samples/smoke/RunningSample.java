package dev.dockerflow.samples.smoke;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A sample the smoke test started, from its {@code target/app} or from its image: what the test needs
 * of it whichever way it runs.
 */
public interface RunningSample {

    /** @return whether the sample is still running */
    boolean isAlive();

    /**
     * Stops the sample as a container platform does: SIGTERM, then SIGKILL to whatever is left after
     * the grace period.
     *
     * @param grace how long to wait for a clean exit, in seconds
     * @return whether it stopped within the grace period
     */
    boolean stop(long grace);

    /** @return every line the sample wrote to stdout so far */
    List<String> stdoutLines();

    /**
     * @param count how many
     * @return the last lines the sample wrote to stderr, for a failure message
     */
    String stderrTail(int count);

    /**
     * Waits until the sample is ready as a platform sees it: its heartbeat answers 200 (the first
     * connection to a cold database may take longer than one heartbeat's deadline). Polled, as a
     * readiness probe polls, for a bounded time.
     *
     * @param http    a client of the sample
     * @param timeout how long it may take
     * @throws AssertionError when the sample exits first or is not ready in time, with its stderr's tail
     */
    default void awaitHealthy(SmokeHttp http, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (http.probe("__heartbeat__") != 200) {
            if (!isAlive()) {
                throw new AssertionError("the sample exited while starting:\n" + stderrTail(40));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the sample is not ready after " + timeout + ":\n" + stderrTail(40));
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
