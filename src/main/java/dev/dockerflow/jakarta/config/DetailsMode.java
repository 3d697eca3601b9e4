package dev.dockerflow.jakarta.config;

import java.util.Locale;
import java.util.Optional;

/** When the heartbeat body includes {@code checks} and {@code details}, not only {@code status}. */
public enum DetailsMode {
    /** Always show them. */
    ALWAYS,
    /** Never show them: the body is {@code {"status": ...}} only. */
    NEVER,
    /** Show them only to a caller in the role {@code dockerflow.heartbeat.details-role}. */
    AUTHORIZED;

    static Optional<DetailsMode> parse(String text) {
        for (DetailsMode mode : values()) {
            if (mode.name().toLowerCase(Locale.ROOT).equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
