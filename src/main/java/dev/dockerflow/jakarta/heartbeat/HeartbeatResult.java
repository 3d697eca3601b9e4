package dev.dockerflow.jakarta.heartbeat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome of one heartbeat: every check that ran, in the order of their names, each name once.
 *
 * @param checks the result of each check
 * @param failed whether the heartbeat level reached {@code dockerflow.heartbeat.fail-level}
 */
public record HeartbeatResult(List<CheckResult> checks, boolean failed) {

    /**
     * Copies the list.
     *
     * @param checks the result of each check
     * @param failed whether the heartbeat level reached {@code dockerflow.heartbeat.fail-level}
     * @throws IllegalArgumentException when two results have one name: a body keyed by name would
     *         show only one of them, under a status that may be the other's
     */
    public HeartbeatResult {
        checks = List.copyOf(checks);
        Set<String> names = new HashSet<>();
        for (CheckResult check : checks) {
            if (!names.add(check.name())) {
                throw new IllegalArgumentException("two check results are named " + check.name());
            }
        }
    }

    /** {@return the highest check level, {@link CheckLevel#OK} when no check reported anything} */
    public int level() {
        int level = CheckLevel.OK;
        for (CheckResult check : checks) {
            level = Math.max(level, check.level());
        }
        return level;
    }

    /** {@return the name of {@link #level()}, the body's {@code status}} */
    public String status() {
        return CheckLevel.name(level());
    }
}
