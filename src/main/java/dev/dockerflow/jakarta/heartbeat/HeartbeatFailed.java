package dev.dockerflow.jakarta.heartbeat;

/**
 * CDI event fired after a heartbeat whose level reached {@code dockerflow.heartbeat.fail-level}
 * (python-dockerflow's {@code heartbeat_failed} signal). Observe it with {@code @Observes} or
 * {@code @ObservesAsync}; an observer that throws is logged and never changes the HTTP response.
 *
 * @param result the heartbeat's level and per-check results
 */
public record HeartbeatFailed(HeartbeatResult result) {

    /** {@return the heartbeat level} */
    public int level() {
        return result.level();
    }
}
