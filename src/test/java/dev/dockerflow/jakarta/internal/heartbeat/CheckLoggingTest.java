package dev.dockerflow.jakarta.internal.heartbeat;

import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import dev.dockerflow.jakarta.logging.DockerflowLevels;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.LogCapture;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every message is logged at its level as {@code ID: text}; every check's duration is logged, at
 * WARNING when it took more than half its timeout.
 */
class CheckLoggingTest {


    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(EveryLevel.class, HalfTimeout.class)
            .config("dockerflow.heartbeat.timeout", "400");

    @RegisterExtension
    LogCapture log = LogCapture.of("dockerflow.heartbeat");

    @Test
    void logsEachMessageAtItsLevel() {
        app.get("/__heartbeat__");

        assertEquals(List.of("t.D001: debug text"), log.messages(Level.FINE).stream().filter(m -> m.startsWith("t.")).toList());
        assertEquals(List.of("t.I001: info text HINT: a hint"), log.messages(Level.INFO));
        assertEquals(List.of("t.E001: error text"), log.messages(Level.SEVERE));
        assertEquals(List.of("t.C001: critical text"), log.messages(DockerflowLevels.CRITICAL));
        assertTrue(log.messages(Level.WARNING).contains("t.W001: warning text"), log.messages(Level.WARNING).toString());
    }

    @Test
    void logsDurationsAndWarnsAboutSlowChecks() throws InterruptedException {
        app.get("/__heartbeat__");
        // The duration is logged by the check's own thread as it finishes, maybe after the response.
        assertTrue(log.awaitRecord(r -> LogCapture.format(r).startsWith("Check half took"), 10));

        List<LogRecord> durations = log.records().stream().filter(r -> LogCapture.format(r).startsWith("Check ")).toList();
        assertEquals(Level.FINE, durations.stream().filter(r -> LogCapture.format(r).startsWith("Check every took"))
                .findFirst().orElseThrow().getLevel());
        assertEquals(Level.WARNING, durations.stream().filter(r -> LogCapture.format(r).startsWith("Check half took"))
                .findFirst().orElseThrow().getLevel());
    }

    @ApplicationScoped
    @Named("every")
    static class EveryLevel implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            return List.of(CheckMessage.debug("t.D001", "debug text"),
                    CheckMessage.info("t.I001", "info text").withHint("a hint"),
                    CheckMessage.warning("t.W001", "warning text"),
                    CheckMessage.error("t.E001", "error text"),
                    CheckMessage.critical("t.C001", "critical text"));
        }
    }

    /** Works for 250 ms of its 400 ms: within the timeout, past half of it. */
    @ApplicationScoped
    @Named("half")
    static class HalfTimeout implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() throws InterruptedException {
            TimeUnit.MILLISECONDS.sleep(250);
            return List.of();
        }
    }
}
