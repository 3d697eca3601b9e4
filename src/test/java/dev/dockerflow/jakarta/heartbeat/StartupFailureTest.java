package dev.dockerflow.jakarta.heartbeat;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
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

    @Test
    void anUnknownCheckNameFailsStartUp() {
        app = DockerflowApp.with(Known.class).config("dockerflow.checks", "known, typo");

        String message = startupFailure();

        assertTrue(message.contains("dockerflow.checks") && message.contains("typo"), message);
        assertTrue(message.contains("known checks: known"), message);
    }

    @Test
    void twoChecksWithOneNameFailStartUp() {
        app = DockerflowApp.with(Known.class, SameName.class);

        String message = startupFailure();

        assertTrue(message.contains("known"), message);
    }

    @Test
    void twoUnnamedProducersInOneClassFailStartUp() {
        app = DockerflowApp.with(UnnamedProducers.class);

        String message = startupFailure();

        assertTrue(message.contains("'unnamedProducers'") && message.contains("@Named"), message);
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
