package dev.dockerflow.jakarta.internal.config;

/**
 * When the heartbeat body includes {@code checks} and {@code details}, not only {@code status}. The default is
 * {@link #AUTHORIZED}: details name an application's backing services and can carry what they answered, so strangers
 * get the status only (python-dockerflow since GHSA-v7fv-wxwf-7ffh, Spring Boot and Helidon do the same).
 */
public enum DetailsMode {
    /** Always show them: an explicit choice, for local runs or a private network. */
    ALWAYS,
    /** Never show them: the body is {@code {"status": ...}} only. */
    NEVER,
    /** Show them only to a caller in the role {@code dockerflow.heartbeat.details-role}; the default. */
    AUTHORIZED
}
