package dev.dockerflow.jakarta.events;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
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

/** A synchronous observer that throws changes nothing a client sees, and asynchronous observers still get the event. */
class ThrowingSyncObserverTest {

    static volatile boolean failing;

    @RegisterExtension
    DockerflowApp app = DockerflowApp.with(ToggleCheck.class, ThrowingObserver.class, AsyncRecorder.class);

    @Test
    void passingHeartbeatAnswersAsWithoutTheObserver() throws Exception {
        failing = false;
        ThrowingObserver thrower = app.container().select(ThrowingObserver.class).get();
        AsyncRecorder recorder = app.container().select(AsyncRecorder.class).get();

        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(1, thrower.thrown(), "the throwing observer should have been called");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(expected("{'status': 'ok', 'checks': {'toggle': 'ok'}, 'details': {}}"), json(response));
        assertEquals(0, recorder.passed().get(10, TimeUnit.SECONDS).level());
    }

    @Test
    void failingHeartbeatAnswersAsWithoutTheObserver() throws Exception {
        failing = true;
        ThrowingObserver thrower = app.container().select(ThrowingObserver.class).get();
        AsyncRecorder recorder = app.container().select(AsyncRecorder.class).get();

        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(1, thrower.thrown(), "the throwing observer should have been called");
        assertEquals(500, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(expected("""
                {'status': 'error', 'checks': {'toggle': 'error'},
                 'details': {'toggle': {'status': 'error', 'level': 40, 'messages': {'tests.checks.E001': 'toggled off'}}}}
                """), json(response));
        assertEquals(40, recorder.failed().get(10, TimeUnit.SECONDS).level());
    }

    @ApplicationScoped
    @Named("toggle")
    static class ToggleCheck implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            return failing ? List.of(CheckMessage.error("tests.checks.E001", "toggled off")) : List.of();
        }
    }

    @ApplicationScoped
    static class ThrowingObserver {
        private final AtomicInteger thrown = new AtomicInteger();

        void onPassed(@Observes HeartbeatPassed event) {
            thrown.incrementAndGet();
            throw new IllegalStateException("synchronous observer failure on a passed heartbeat");
        }

        void onFailed(@Observes HeartbeatFailed event) {
            thrown.incrementAndGet();
            throw new IllegalStateException("synchronous observer failure on a failed heartbeat");
        }

        public int thrown() {
            return thrown.get();
        }
    }

    @ApplicationScoped
    static class AsyncRecorder {
        private final CompletableFuture<HeartbeatPassed> passed = new CompletableFuture<>();
        private final CompletableFuture<HeartbeatFailed> failed = new CompletableFuture<>();

        void onPassed(@ObservesAsync HeartbeatPassed event) {
            passed.complete(event);
        }

        void onFailed(@ObservesAsync HeartbeatFailed event) {
            failed.complete(event);
        }

        public CompletableFuture<HeartbeatPassed> passed() {
            return passed;
        }

        public CompletableFuture<HeartbeatFailed> failed() {
            return failed;
        }
    }
}
