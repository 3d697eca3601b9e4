package dev.dockerflow.jakarta.internal.heartbeat;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerflow.jakarta.deployment.FineCheck;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The executor throws something other than {@code RejectedExecutionException} when given a check: that
 * heartbeat reports the check as not started, and the next one runs it, rather than waiting for a run
 * that never began.
 */
class SubmitFailureTest {

    static final long TIMEOUT_MILLIS = 2000;

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(FirstSubmitFailsCheckExecutor.class, FineCheck.class)
            .config("dockerflow.heartbeat.timeout", Long.toString(TIMEOUT_MILLIS))
            .config("dockerflow.heartbeat.details", "always");

    @Test
    void reportsTheCheckNotStartedThenRunsItAgain() {
        TimedHeartbeat failed = TimedHeartbeat.of(app).answeredWithin(TIMEOUT_MILLIS);
        assertEquals(500, failed.status());
        assertEquals(expected("""
                {'status': 'error', 'checks': {'fine': 'error'},
                 'details': {'fine': {'status': 'error', 'level': 40,
                                      'messages': {'dockerflow.heartbeat.E003':
                                                   'the check could not be handed to a thread: java.lang.IllegalStateException'}}}}
                """), failed.json());

        TimedHeartbeat next = TimedHeartbeat.of(app).answeredWithin(TIMEOUT_MILLIS);
        assertEquals(expected("{'status': 'ok', 'checks': {'fine': 'ok'}, 'details': {}}"), next.json());
    }
}
