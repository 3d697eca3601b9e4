package dev.dockerflow.jakarta.internal.heartbeat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerflow.jakarta.deployment.CountingCheck;
import dev.dockerflow.jakarta.deployment.SyncEventRecorder;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With {@code dockerflow.heartbeat.cache}, heartbeats within the window reuse one run and fire no event. */
class HeartbeatCacheTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(CountingCheck.class, SyncEventRecorder.class)
            .config("dockerflow.heartbeat.cache", "600000");

    @Test
    void reusesTheResultWithinTheWindow() {
        for (int i = 0; i < 5; i++) {
            assertEquals(200, app.get("/__heartbeat__").statusCode());
        }

        assertEquals(1, app.container().select(CountingCheck.class).get().runs());
        assertEquals(1, app.container().select(SyncEventRecorder.class).get().passed().size());
    }
}
