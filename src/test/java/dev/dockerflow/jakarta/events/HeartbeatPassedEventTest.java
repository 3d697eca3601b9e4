package dev.dockerflow.jakarta.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.dockerflow.jakarta.deployment.AsyncEventRecorder;
import dev.dockerflow.jakarta.deployment.OkCheck;
import dev.dockerflow.jakarta.deployment.SyncEventRecorder;
import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.CheckResult;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import dev.dockerflow.jakarta.heartbeat.HeartbeatPassed;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A passing heartbeat (an info message stays below the fail level) fires HeartbeatPassed to sync and async observers. */
class HeartbeatPassedEventTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(InfoCheck.class, OkCheck.class,
            SyncEventRecorder.class, AsyncEventRecorder.class);

    static final List<CheckResult> EXPECTED_CHECKS = List.of(
            new CheckResult("info_check", List.of(CheckMessage.info("tests.checks.I001", "for your information"))),
            new CheckResult("ok_check", List.of()));

    @Test
    void passedEventCarriesLevelAndResults() throws Exception {
        SyncEventRecorder syncEvents = app.container().select(SyncEventRecorder.class).get();
        AsyncEventRecorder asyncEvents = app.container().select(AsyncEventRecorder.class).get();

        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(200, response.statusCode(), response.body());
        // Synchronous observers have run before the response is sent.
        List<HeartbeatPassed> sync = syncEvents.passed();
        assertEquals(1, sync.size(), "synchronous HeartbeatPassed events: " + sync);
        assertEquals(20, sync.get(0).level());
        assertFalse(sync.get(0).result().failed());
        assertEquals(EXPECTED_CHECKS, sync.get(0).result().checks());
        assertEquals(List.of(), syncEvents.failed(), "synchronous HeartbeatFailed events");

        HeartbeatPassed async = asyncEvents.passed().get(10, TimeUnit.SECONDS);
        assertEquals(20, async.level());
        assertFalse(async.result().failed());
        assertEquals(EXPECTED_CHECKS, async.result().checks());
        // The wrong event, had it been fired, would be on its way now: give it the time the right one had.
        assertThrows(TimeoutException.class, () -> asyncEvents.failed().get(2, TimeUnit.SECONDS),
                "no asynchronous HeartbeatFailed event");
    }

    @ApplicationScoped
    @Named("info_check")
    static class InfoCheck implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            return List.of(CheckMessage.info("tests.checks.I001", "for your information"));
        }
    }
}
