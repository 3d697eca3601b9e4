package dev.dockerflow.jakarta.heartbeat;

import java.util.List;

/**
 * What one check reported in one heartbeat, after silenced message ids were dropped.
 *
 * @param name the check's name in the heartbeat
 * @param messages the messages it reported, never null
 */
public record CheckResult(String name, List<CheckMessage> messages) {

    /**
     * Copies the messages.
     *
     * @param name the check's name in the heartbeat
     * @param messages the messages it reported
     * @throws NullPointerException when name or messages is null
     */
    public CheckResult {
        java.util.Objects.requireNonNull(name, "name");
        messages = List.copyOf(messages);
    }

    /** {@return the highest level among the messages, {@link CheckLevel#OK} when there are none} */
    public int level() {
        int level = CheckLevel.OK;
        for (CheckMessage message : messages) {
            level = Math.max(level, message.level());
        }
        return level;
    }

    /** {@return the name of {@link #level()}, as the heartbeat body shows it} */
    public String status() {
        return CheckLevel.name(level());
    }
}
