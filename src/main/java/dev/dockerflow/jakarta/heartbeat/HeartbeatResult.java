package dev.dockerflow.jakarta.heartbeat;

import java.util.List;

/**
 * The outcome of one heartbeat: every check that ran, in the order of their names.
 *
 * @param checks the result of each check
 * @param failed whether the heartbeat level reached {@code dockerflow.heartbeat.fail-level}
 */
public record HeartbeatResult(List<CheckResult> checks, boolean failed) {

    /** Copies the list. */
    public HeartbeatResult {
        checks = List.copyOf(checks);
    }

    /** @return the highest check level, {@link CheckLevel#OK} when no check reported anything */
    public int level() {
        int level = CheckLevel.OK;
        for (CheckResult check : checks) {
            level = Math.max(level, check.level());
        }
        return level;
    }

    /** @return the name of {@link #level()}, the body's {@code status} */
    public String status() {
        return CheckLevel.name(level());
    }
}
