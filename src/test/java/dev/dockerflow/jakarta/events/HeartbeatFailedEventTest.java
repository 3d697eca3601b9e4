package dev.dockerflow.jakarta.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.dockerflow.jakarta.deployment.AsyncEventRecorder;
import dev.dockerflow.jakarta.deployment.ErrorCheck;
import dev.dockerflow.jakarta.deployment.SyncEventRecorder;
import dev.dockerflow.jakarta.deployment.WarningCheck;
import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.CheckResult;
import dev.dockerflow.jakarta.heartbeat.HeartbeatFailed;
import dev.dockerflow.jakarta.heartbeat.HeartbeatPassed;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A failing heartbeat fires HeartbeatFailed (and not HeartbeatPassed) to sync and async observers. */
class HeartbeatFailedEventTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(ErrorCheck.class, WarningCheck.class,
            SyncEventRecorder.class, AsyncEventRecorder.class);

    static final List<CheckResult> EXPECTED_CHECKS = List.of(
            new CheckResult("err_check", List.of(CheckMessage.error("tests.checks.E001", "some error"))),
            new CheckResult("warn_check", List.of(CheckMessage.warning("tests.checks.W001", "some warning"))));

    @Test
    void failedEventCarriesLevelAndResults() throws Exception {
        SyncEventRecorder syncEvents = app.container().select(SyncEventRecorder.class).get();
        AsyncEventRecorder asyncEvents = app.container().select(AsyncEventRecorder.class).get();

        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(500, response.statusCode(), response.body());
        List<HeartbeatFailed> sync = syncEvents.failed();
        assertEquals(1, sync.size(), "synchronous HeartbeatFailed events: " + sync);
        assertEquals(40, sync.get(0).level());
        assertTrue(sync.get(0).result().failed());
        assertEquals(EXPECTED_CHECKS, sync.get(0).result().checks());
        assertEquals(List.of(), syncEvents.passed(), "synchronous HeartbeatPassed events");

        HeartbeatFailed async = asyncEvents.failed().get(10, TimeUnit.SECONDS);
        assertEquals(40, async.level());
        assertEquals(EXPECTED_CHECKS, async.result().checks());
        // The wrong event, had it been fired, would be on its way now: give it the time the right one had.
        assertThrows(TimeoutException.class, () -> asyncEvents.passed().get(2, TimeUnit.SECONDS),
                "no asynchronous HeartbeatPassed event");
    }
}
