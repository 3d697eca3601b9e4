package dev.dockerflow.jakarta.health;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.dockerflow.jakarta.heartbeat.CheckResult;
import dev.dockerflow.jakarta.heartbeat.HeartbeatPassed;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
    static DockerflowApp app = DockerflowApp.with(LiveAndReadyCheck.class, Results.class);

    @Test
    void runsOncePerHeartbeatAndShowsOnce() {
        Results results = app.container().select(Results.class).get();
        for (int heartbeat = 1; heartbeat <= 2; heartbeat++) {
            int before = CALLS.get();

            HttpResponse<String> response = app.get("/__heartbeat__");

            assertEquals(200, response.statusCode(), response.body());
            assertEquals(1, CALLS.get() - before, "calls of the check in heartbeat " + heartbeat);
            assertEquals(1, results.last().size(), "the checks of heartbeat " + heartbeat + ": " + results.last());
            assertEquals(List.of(new CheckResult("live-and-ready", List.of())), results.last(),
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

    /** Keeps the per-check results of each passed heartbeat, as an application's observer would see them. */
    @ApplicationScoped
    static class Results {
        private final List<List<CheckResult>> seen = new CopyOnWriteArrayList<>();

        void onPassed(@Observes HeartbeatPassed event) {
            seen.add(event.result().checks());
        }

        public List<CheckResult> last() {
            return seen.isEmpty() ? List.of() : seen.get(seen.size() - 1);
        }
    }
}
