package dev.dockerflow.jakarta.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import dev.dockerflow.jakarta.deployment.UpHealthCheck;
import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** When a check already goes by {@code shared#2}, the second of two checks sharing {@code shared} is shown as {@code shared#3}. */
class ClashSuffixTakenTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(First.class, Second.class, AlreadyTwo.class)
            .config("dockerflow.heartbeat.details", "always");

    @Test
    void everyEntryStaysDistinct() {
        assertEquals(Set.of("shared", "shared#2", "shared#3"),
                DockerflowApp.json(app.get("/__heartbeat__")).getJsonObject("checks").keySet());
    }

    @Liveness
    @ApplicationScoped
    static class First extends UpHealthCheck {
        First() {
            super("shared");
        }
    }

    @Readiness
    @ApplicationScoped
    static class Second extends UpHealthCheck {
        Second() {
            super("shared");
        }
    }

    @ApplicationScoped
    @Named("shared#2")
    static class AlreadyTwo implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            return List.of();
        }
    }
}
