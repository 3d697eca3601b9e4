package dev.dockerflow.jakarta.internal.heartbeat;

import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A check is named by its bean: {@code @Named}'s value, CDI's default name, or a named producer. */
class CheckNamingTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(DiskSpaceCheck.class, QueueDepthCheck.class, Producers.class)
            .config("dockerflow.heartbeat.details", "always");

    @Test
    void namesComeFromTheBeans() {
        assertEquals(expected("""
                {'status': 'ok', 'checks': {'diskSpaceCheck': 'ok', 'queueDepthCheck': 'ok', 'cache': 'ok'}, 'details': {}}
                """), json(app.get("/__heartbeat__")));
    }

    /** No {@code @Named}: CDI's default bean name. */
    @ApplicationScoped
    static class DiskSpaceCheck implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            return List.of();
        }
    }

    /** A bare {@code @Named}: the same default name, as CDI gives it. */
    @Dependent
    @Named
    static class QueueDepthCheck implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            return List.of();
        }
    }

    @ApplicationScoped
    static class Producers {
        @Produces
        @Named("cache")
        DockerflowCheck cache() {
            return List::of;
        }
    }
}
