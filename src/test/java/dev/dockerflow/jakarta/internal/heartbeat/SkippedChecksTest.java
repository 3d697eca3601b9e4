package dev.dockerflow.jakarta.internal.heartbeat;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

import dev.dockerflow.jakarta.deployment.CountingCheck;
import dev.dockerflow.jakarta.deployment.OkCheck;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code dockerflow.skipped-checks} names checks the heartbeat does not run: an application check, and
 * a built-in one that {@code dockerflow.checks} turned on. They are neither run nor shown.
 */
class SkippedChecksTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(OkCheck.class, CountingCheck.class)
            .config("dockerflow.heartbeat.details", "always")
            .config("dockerflow.checks", "redis")
            .config("dockerflow.skipped-checks", "counting, redis");

    @Test
    void runsEveryCheckButTheSkippedOnes() {
        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(expected("{'status': 'ok', 'checks': {'ok_check': 'ok'}, 'details': {}}"), json(response));
        assertEquals(0, app.container().select(CountingCheck.class).get().runs(), "runs of the skipped check");
    }
}
