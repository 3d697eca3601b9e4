package dev.dockerflow.jakarta.deployment;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.dockerflow.jakarta.heartbeat.HeartbeatFailed;
import dev.dockerflow.jakarta.heartbeat.HeartbeatPassed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Records, in order, the heartbeat events its synchronous observers receive. */
@ApplicationScoped
public class SyncEventRecorder {
    private final List<HeartbeatPassed> passed = new CopyOnWriteArrayList<>();
    private final List<HeartbeatFailed> failed = new CopyOnWriteArrayList<>();

    void onPassed(@Observes HeartbeatPassed event) {
        passed.add(event);
    }

    void onFailed(@Observes HeartbeatFailed event) {
        failed.add(event);
    }

    /** @return the HeartbeatPassed events so far */
    public List<HeartbeatPassed> passed() {
        return List.copyOf(passed);
    }

    /** @return the HeartbeatFailed events so far */
    public List<HeartbeatFailed> failed() {
        return List.copyOf(failed);
    }
}
