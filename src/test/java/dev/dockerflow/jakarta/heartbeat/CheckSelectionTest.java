package dev.dockerflow.jakarta.heartbeat;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code dockerflow.checks} names the checks that run; the others are neither run nor shown. */
class CheckSelectionTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(Chosen.class, Ignored.class)
            .config("dockerflow.checks", "chosen");

    @Test
    void runsOnlyTheNamedChecks() {
        assertEquals(expected("{'status': 'ok', 'checks': {'chosen': 'ok'}, 'details': {}}"),
                json(app.get("/__heartbeat__")));
        assertEquals(0, app.container().select(Ignored.class).get().runs());
    }

    @ApplicationScoped
    @Named("chosen")
    static class Chosen implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            return List.of();
        }
    }

    @ApplicationScoped
    @Named("ignored")
    static class Ignored implements DockerflowCheck {
        private final AtomicInteger runs = new AtomicInteger();

        int runs() {
            return runs.get();
        }

        @Override
        public List<CheckMessage> check() {
            runs.incrementAndGet();
            return List.of(CheckMessage.error("tests.E001", "should not run"));
        }
    }
}
