package dev.dockerflow.samples.notes.checks;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

import dev.dockerflow.jakarta.heartbeat.HeartbeatFailed;
import dev.dockerflow.jakarta.heartbeat.HeartbeatPassed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Counts heartbeats that passed and failed, and logs when the service's health changes: the first
 * heartbeat, and every change from passing to failing and back. Logging every heartbeat would repeat
 * the request.summary line of each probe.
 */
@ApplicationScoped
public class HeartbeatCounter {

    private static final Logger LOG = Logger.getLogger(HeartbeatCounter.class.getName());

    private final AtomicLong passed = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    // null until the first heartbeat, so that the first one is logged whatever its outcome
    private final AtomicReference<Boolean> lastPassed = new AtomicReference<>();

    void onPassed(@Observes HeartbeatPassed event) {
        passed.incrementAndGet();
        if (!Boolean.TRUE.equals(lastPassed.getAndSet(true))) {
            LOG.info(() -> "heartbeat passing at level " + event.level() + " (" + summary() + ")");
        }
    }

    void onFailed(@Observes HeartbeatFailed event) {
        failed.incrementAndGet();
        if (!Boolean.FALSE.equals(lastPassed.getAndSet(false))) {
            LOG.warning(() -> "heartbeat failing at level " + event.level() + " (" + summary() + ")");
        }
    }

    private String summary() {
        return passed.get() + " passed, " + failed.get() + " failed so far";
    }
}
