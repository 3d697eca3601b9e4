package dev.dockerflow.jakarta.events;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.concurrent.atomic.AtomicInteger;

import dev.dockerflow.jakarta.deployment.AsyncEventRecorder;
import dev.dockerflow.jakarta.deployment.ToggleCheck;
import dev.dockerflow.jakarta.heartbeat.HeartbeatFailed;
import dev.dockerflow.jakarta.heartbeat.HeartbeatPassed;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.LogCapture;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A synchronous observer that throws changes nothing a client sees, and asynchronous observers still get the event. */
class ThrowingSyncObserverTest {

    @RegisterExtension
    LogCapture log = LogCapture.of("dockerflow.heartbeat");

    @RegisterExtension
    DockerflowApp app = DockerflowApp.with(ToggleCheck.class, ThrowingObserver.class, AsyncEventRecorder.class)
            .config("dockerflow.heartbeat.details", "always");

    @Test
    void passingHeartbeatAnswersAsWithoutTheObserver() throws Exception {
        ThrowingObserver thrower = app.container().select(ThrowingObserver.class).get();
        AsyncEventRecorder recorder = app.container().select(AsyncEventRecorder.class).get();

        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(1, thrower.thrown(), "the throwing observer should have been called");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(expected("{'status': 'ok', 'checks': {'toggle': 'ok'}, 'details': {}}"), json(response));
        assertEquals(0, recorder.passed().get(10, TimeUnit.SECONDS).level());
        assertObserverFailureLogged("synchronous observer failure on a passed heartbeat");
    }

    @Test
    void failingHeartbeatAnswersAsWithoutTheObserver() throws Exception {
        app.container().select(ToggleCheck.class).get().failing(true);
        ThrowingObserver thrower = app.container().select(ThrowingObserver.class).get();
        AsyncEventRecorder recorder = app.container().select(AsyncEventRecorder.class).get();

        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(1, thrower.thrown(), "the throwing observer should have been called");
        assertEquals(500, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(expected("""
                {'status': 'error', 'checks': {'toggle': 'error'},
                 'details': {'toggle': {'status': 'error', 'level': 40, 'messages': {'tests.checks.E001': 'toggled off'}}}}
                """), json(response));
        assertEquals(40, recorder.failed().get(10, TimeUnit.SECONDS).level());
        assertObserverFailureLogged("synchronous observer failure on a failed heartbeat");
    }

    private void assertObserverFailureLogged(String failure) throws InterruptedException {
        assertTrue(log.awaitThrown(Level.WARNING, failure, 10),
                "a warning carrying the observer's exception (" + failure + "); logged: "
                + log.records().stream().map(LogCapture::format).toList());
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
}
