package dev.dockerflow.jakarta.heartbeat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With {@code dockerflow.heartbeat.cache}, heartbeats within the window reuse one run and fire no event. */
class HeartbeatCacheTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(CountingCheck.class, PassedCounter.class)
            .config("dockerflow.heartbeat.cache", "600000");

    @Test
    void reusesTheResultWithinTheWindow() {
        for (int i = 0; i < 5; i++) {
            assertEquals(200, app.get("/__heartbeat__").statusCode());
        }

        assertEquals(1, app.container().select(CountingCheck.class).get().runs());
        assertEquals(1, app.container().select(PassedCounter.class).get().events());
    }

    @ApplicationScoped
    @Named("counting")
    static class CountingCheck implements DockerflowCheck {
        private final AtomicInteger runs = new AtomicInteger();

        int runs() {
            return runs.get();
        }

        @Override
        public List<CheckMessage> check() {
            runs.incrementAndGet();
            return List.of();
        }
    }

    @ApplicationScoped
    static class PassedCounter {
        private final AtomicInteger events = new AtomicInteger();

        void passed(@Observes HeartbeatPassed event) {
            events.incrementAndGet();
        }

        int events() {
            return events.get();
        }
    }
}
