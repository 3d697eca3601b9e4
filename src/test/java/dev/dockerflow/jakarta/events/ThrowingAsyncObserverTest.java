package dev.dockerflow.jakarta.events;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;

import dev.dockerflow.jakarta.deployment.SyncEventRecorder;
import dev.dockerflow.jakarta.deployment.ToggleCheck;
import dev.dockerflow.jakarta.heartbeat.HeartbeatFailed;
import dev.dockerflow.jakarta.heartbeat.HeartbeatPassed;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.LogCapture;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An asynchronous observer that throws changes nothing a client sees, and synchronous observers still get the event. */
class ThrowingAsyncObserverTest {

    @RegisterExtension
    LogCapture log = LogCapture.of("dockerflow.heartbeat");

    @RegisterExtension
    DockerflowApp app = DockerflowApp.with(ToggleCheck.class, ThrowingObserver.class, SyncEventRecorder.class)
            .config("dockerflow.heartbeat.details", "always");

    @Test
    void passingHeartbeatAnswersAsWithoutTheObserver() throws Exception {
        ThrowingObserver thrower = app.container().select(ThrowingObserver.class).get();
        SyncEventRecorder recorder = app.container().select(SyncEventRecorder.class).get();

        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(expected("{'status': 'ok', 'checks': {'toggle': 'ok'}, 'details': {}}"), json(response));
        assertEquals(1, recorder.passed().size(), "synchronous HeartbeatPassed events");
        assertEquals(0, recorder.passed().get(0).level());
        thrower.reached().get(10, TimeUnit.SECONDS);
        assertObserverFailureLogged("asynchronous observer failure on a passed heartbeat");
    }

    @Test
    void failingHeartbeatAnswersAsWithoutTheObserver() throws Exception {
        app.container().select(ToggleCheck.class).get().failing(true);
        ThrowingObserver thrower = app.container().select(ThrowingObserver.class).get();
        SyncEventRecorder recorder = app.container().select(SyncEventRecorder.class).get();

        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(500, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(expected("""
                {'status': 'error', 'checks': {'toggle': 'error'},
                 'details': {'toggle': {'status': 'error', 'level': 40, 'messages': {'tests.checks.E001': 'toggled off'}}}}
                """), json(response));
        assertEquals(1, recorder.failed().size(), "synchronous HeartbeatFailed events");
        assertEquals(40, recorder.failed().get(0).level());
        thrower.reached().get(10, TimeUnit.SECONDS);
        assertObserverFailureLogged("asynchronous observer failure on a failed heartbeat");
    }

    private void assertObserverFailureLogged(String failure) throws InterruptedException {
        assertTrue(log.awaitThrown(Level.WARNING, failure, 10),
                "a warning carrying the observer's exception (" + failure + "); logged: "
                + log.records().stream().map(LogCapture::format).toList());
    }

    @ApplicationScoped
    static class ThrowingObserver {
        private final CompletableFuture<Object> reached = new CompletableFuture<>();

        void onPassed(@ObservesAsync HeartbeatPassed event) {
            reached.complete(event);
            throw new IllegalStateException("asynchronous observer failure on a passed heartbeat");
        }

        void onFailed(@ObservesAsync HeartbeatFailed event) {
            reached.complete(event);
            throw new IllegalStateException("asynchronous observer failure on a failed heartbeat");
        }

        public CompletableFuture<Object> reached() {
            return reached;
        }
    }
}
