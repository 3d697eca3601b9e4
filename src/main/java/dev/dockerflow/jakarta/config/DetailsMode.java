package dev.dockerflow.jakarta.config;

/** When the heartbeat body includes {@code checks} and {@code details}, not only {@code status}. */
public enum DetailsMode {
    /** Always show them. */
    ALWAYS,
    /** Never show them: the body is {@code {"status": ...}} only. */
    NEVER,
    /** Show them only to a caller in the role {@code dockerflow.heartbeat.details-role}. */
    AUTHORIZED
}
