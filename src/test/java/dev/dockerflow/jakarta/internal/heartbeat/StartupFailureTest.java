package dev.dockerflow.jakarta.internal.heartbeat;

import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.CheckName;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.dockerflow.jakarta.deployment.UpHealthCheck;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Configuration mistakes fail the deployment, with a message naming the key and the value. */
class StartupFailureTest {

    private DockerflowApp app;

    @AfterEach
    void stop() {
        app.stop();
    }

    @ParameterizedTest
    @CsvSource({"dockerflow.checks", "dockerflow.skipped-checks"})
    void anUnknownCheckNameFailsStartUp(String key) {
        app = DockerflowApp.with(Known.class).config(key, "known, typo");

        String message = startupFailure();

        assertTrue(message.contains(key + " names typo,"), message);
        assertTrue(message.contains("built-in checks: database, migrations, redis; other checks: known"), message);
    }

    @Test
    void aBlankCheckNameFailsStartUp() {
        app = DockerflowApp.with(BlankName.class);

        String message = startupFailure();

        assertTrue(message.contains("blank @CheckName") && message.contains(BlankName.class.getName()), message);
    }

    @Test
    void twoChecksWithOneNameFailStartUp() {
        app = DockerflowApp.with(Known.class, SameName.class);

        String message = startupFailure();

        assertTrue(message.contains("known"), message);
    }

    @Test
    void anApplicationCheckNamedLikeABuiltInCheckFailsStartUp() {
        app = DockerflowApp.with(NamedDatabase.class).config("dockerflow.checks", "database");

        String message = startupFailure();

        assertTrue(message.contains("'database'") && message.contains("built-in database check")
                && message.contains("application check " + NamedDatabase.class.getName()), message);
    }

    @Test
    void aHealthCheckAnsweringABuiltInNameAtStartFailsStartUp() {
        // Naming "other" makes the library ask the health checks their names at start.
        app = DockerflowApp.with(DatabaseHealth.class, OtherHealth.class).config("dockerflow.checks", "database, other");

        String message = startupFailure();

        assertTrue(message.contains("'database'") && message.contains("built-in database check")
                && message.contains("MicroProfile Health check " + DatabaseHealth.class.getName() + " (readiness)"),
                message);
    }

    @Test
    void twoHealthChecksAnsweringOneNameAtStartFailStartUp() {
        app = DockerflowApp.with(OtherHealth.class, OtherLiveness.class).config("dockerflow.checks", "other");

        String message = startupFailure();

        assertTrue(message.contains("'other'")
                && message.contains("MicroProfile Health check " + OtherHealth.class.getName() + " (readiness)")
                && message.contains("MicroProfile Health check " + OtherLiveness.class.getName() + " (liveness)"),
                message);
    }

    @Test
    void twoUnnamedProducersInOneClassFailStartUp() {
        app = DockerflowApp.with(UnnamedProducers.class);

        String message = startupFailure();

        assertTrue(message.contains("'unnamedProducers'") && message.contains("@CheckName"), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '=', value = {
        "dockerflow.heartbeat.timeout=-5",
        "dockerflow.heartbeat.timeout=0",
        "dockerflow.heartbeat.timeout=soon",
        "dockerflow.heartbeat.cache=-1",
        "dockerflow.heartbeat.failed-status-code=404",
        "dockerflow.heartbeat.failed-status-code=600",
        "dockerflow.heartbeat.failed-status-code=five hundred",
        "dockerflow.heartbeat.details=sometimes",
        "dockerflow.heartbeat.fail-level=severe",
        "dockerflow.heartbeat.fail-level=ok",
        "dockerflow.heartbeat.fail-level=0",
        "dockerflow.heartbeat.fail-level=-5",
        "dockerflow.health.include=readiness,wellness",
        "dockerflow.error-endpoint=yes please",
        "dockerflow.summary.querystring=maybe",
    })
    void anInvalidValueFailsStartUp(String key, String value) {
        app = DockerflowApp.with(Known.class).config(key, value);

        String message = startupFailure();

        String shown = value.contains(",") ? value.substring(value.indexOf(',') + 1) : value;
        assertTrue(message.contains(key) && message.contains(shown), message);
    }

    private String startupFailure() {
        RuntimeException failure = assertThrows(RuntimeException.class, app::start);
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }

    @ApplicationScoped
    @Named("known")
    static class Known implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            return List.of();
        }
    }

    @ApplicationScoped
    @CheckName(" ")
    static class BlankName implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            return List.of();
        }
    }

    @ApplicationScoped
    @Named("database")
    static class NamedDatabase implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            return List.of();
        }
    }

    @Readiness
    @ApplicationScoped
    static class DatabaseHealth extends UpHealthCheck {
        DatabaseHealth() {
            super("database");
        }
    }

    @Readiness
    @ApplicationScoped
    static class OtherHealth extends UpHealthCheck {
        OtherHealth() {
            super("other");
        }
    }

    @Liveness
    @ApplicationScoped
    static class OtherLiveness extends UpHealthCheck {
        OtherLiveness() {
            super("other");
        }
    }

    @ApplicationScoped
    static class UnnamedProducers {
        @jakarta.enterprise.inject.Produces
        DockerflowCheck first() {
            return List::of;
        }

        @jakarta.enterprise.inject.Produces
        @jakarta.enterprise.inject.Any
        DockerflowCheck second() {
            return List::of;
        }
    }

    @ApplicationScoped
    @Named("known")
    static class SameName implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            return List.of();
        }
    }
}
