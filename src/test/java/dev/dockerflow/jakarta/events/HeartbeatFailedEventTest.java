package dev.dockerflow.jakarta.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.CheckResult;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import dev.dockerflow.jakarta.heartbeat.HeartbeatFailed;
import dev.dockerflow.jakarta.heartbeat.HeartbeatPassed;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A failing heartbeat fires HeartbeatFailed (and not HeartbeatPassed) to sync and async observers. */
class HeartbeatFailedEventTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(ErrCheck.class, WarnCheck.class, Recorder.class);

    static final List<CheckResult> EXPECTED_CHECKS = List.of(
            new CheckResult("err_check", List.of(CheckMessage.error("tests.checks.E001", "some error"))),
            new CheckResult("warn_check", List.of(CheckMessage.warning("tests.checks.W001", "some warning"))));

    @Test
    void failedEventCarriesLevelAndResults() throws Exception {
        Recorder recorder = app.container().select(Recorder.class).get();

        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(500, response.statusCode(), response.body());
        List<HeartbeatFailed> sync = recorder.syncFailed();
        assertEquals(1, sync.size(), "synchronous HeartbeatFailed events: " + sync);
        assertEquals(40, sync.get(0).level());
        assertTrue(sync.get(0).result().failed());
        assertEquals(EXPECTED_CHECKS, sync.get(0).result().checks());
        assertEquals(List.of(), recorder.syncPassed(), "synchronous HeartbeatPassed events");

        HeartbeatFailed async = recorder.asyncFailed().get(10, TimeUnit.SECONDS);
        assertEquals(40, async.level());
        assertEquals(EXPECTED_CHECKS, async.result().checks());
        assertFalse(recorder.asyncPassed().isDone(), "no asynchronous HeartbeatPassed event");
    }

    @ApplicationScoped
    @Named("err_check")
    static class ErrCheck implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            return List.of(CheckMessage.error("tests.checks.E001", "some error"));
        }
    }

    @ApplicationScoped
    @Named("warn_check")
    static class WarnCheck implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            return List.of(CheckMessage.warning("tests.checks.W001", "some warning"));
        }
    }

    @ApplicationScoped
    static class Recorder {
        private final List<HeartbeatPassed> syncPassed = new CopyOnWriteArrayList<>();
        private final List<HeartbeatFailed> syncFailed = new CopyOnWriteArrayList<>();
        private final CompletableFuture<HeartbeatPassed> asyncPassed = new CompletableFuture<>();
        private final CompletableFuture<HeartbeatFailed> asyncFailed = new CompletableFuture<>();

        void onPassed(@Observes HeartbeatPassed event) {
            syncPassed.add(event);
        }

        void onFailed(@Observes HeartbeatFailed event) {
            syncFailed.add(event);
        }

        void onPassedAsync(@ObservesAsync HeartbeatPassed event) {
            asyncPassed.complete(event);
        }

        void onFailedAsync(@ObservesAsync HeartbeatFailed event) {
            asyncFailed.complete(event);
        }

        public List<HeartbeatPassed> syncPassed() {
            return List.copyOf(syncPassed);
        }

        public List<HeartbeatFailed> syncFailed() {
            return List.copyOf(syncFailed);
        }

        public CompletableFuture<HeartbeatPassed> asyncPassed() {
            return asyncPassed;
        }

        public CompletableFuture<HeartbeatFailed> asyncFailed() {
            return asyncFailed;
        }
    }
}
