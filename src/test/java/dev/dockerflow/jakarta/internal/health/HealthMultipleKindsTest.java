package dev.dockerflow.jakarta.internal.health;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import dev.dockerflow.jakarta.deployment.SyncEventRecorder;
import dev.dockerflow.jakarta.heartbeat.CheckResult;
import dev.dockerflow.jakarta.heartbeat.HeartbeatPassed;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A bean that is both {@code @Liveness} and {@code @Readiness} is one check: run once per heartbeat, shown once. */
class HealthMultipleKindsTest {

    static final AtomicInteger CALLS = new AtomicInteger();

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(LiveAndReadyCheck.class, SyncEventRecorder.class)
            .config("dockerflow.heartbeat.details", "always");

    @Test
    void runsOncePerHeartbeatAndShowsOnce() {
        SyncEventRecorder events = app.container().select(SyncEventRecorder.class).get();
        for (int heartbeat = 1; heartbeat <= 2; heartbeat++) {
            int before = CALLS.get();

            HttpResponse<String> response = app.get("/__heartbeat__");

            assertEquals(200, response.statusCode(), response.body());
            assertEquals(1, CALLS.get() - before, "calls of the check in heartbeat " + heartbeat);
            assertEquals(1, lastChecks(events).size(), "the checks of heartbeat " + heartbeat + ": " + lastChecks(events));
            assertEquals(List.of(new CheckResult("live-and-ready", List.of())), lastChecks(events),
                    "the checks of heartbeat " + heartbeat);
            assertEquals(expected("{'status': 'ok', 'checks': {'live-and-ready': 'ok'}, 'details': {}}"), json(response));
        }
    }

    @Liveness
    @Readiness
    @ApplicationScoped
    static class LiveAndReadyCheck implements HealthCheck {
        @Override
        public HealthCheckResponse call() {
            CALLS.incrementAndGet();
            return new HealthCheckResponse("live-and-ready", HealthCheckResponse.Status.UP, Optional.empty());
        }
    }

    /** The per-check results of the last passed heartbeat, as an application's observer sees them. */
    private static List<CheckResult> lastChecks(SyncEventRecorder events) {
        List<HeartbeatPassed> passed = events.passed();
        return passed.isEmpty() ? List.of() : passed.get(passed.size() - 1).result().checks();
    }
}
