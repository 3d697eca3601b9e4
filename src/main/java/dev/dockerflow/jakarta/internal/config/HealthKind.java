package dev.dockerflow.jakarta.internal.config;

/** The MicroProfile Health check kinds that can be bridged into the heartbeat. */
public enum HealthKind {
    /** {@code @Liveness} checks. */
    LIVENESS,
    /** {@code @Readiness} checks. */
    READINESS,
    /** {@code @Startup} checks. */
    STARTUP
}
