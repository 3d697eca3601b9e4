package dev.dockerflow.jakarta.config;

import java.util.Locale;
import java.util.Optional;

/** The MicroProfile Health check kinds that can be bridged into the heartbeat. */
public enum HealthKind {
    /** {@code @Liveness} checks. */
    LIVENESS,
    /** {@code @Readiness} checks. */
    READINESS,
    /** {@code @Startup} checks. */
    STARTUP;

    static Optional<HealthKind> parse(String text) {
        for (HealthKind kind : values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
