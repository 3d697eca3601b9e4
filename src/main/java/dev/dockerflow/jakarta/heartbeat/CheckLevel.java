package dev.dockerflow.jakarta.heartbeat;

import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;

import dev.dockerflow.jakarta.logging.DockerflowLevels;

/**
 * The Dockerflow check levels and their names, as python-dockerflow defines them.
 *
 * <p>A check's level is the highest level among its messages; the heartbeat's level is the highest
 * check level. Any other integer is a valid level whose name is {@code unknown}.
 */
public final class CheckLevel {

    /** Nothing to report. */
    public static final int OK = 0;
    /** Diagnostic detail. */
    public static final int DEBUG = 10;
    /** Worth knowing, not a problem. */
    public static final int INFO = 20;
    /** Something is wrong but the service still works; fails the heartbeat under the default fail level. */
    public static final int WARNING = 30;
    /** A backing service is unusable. */
    public static final int ERROR = 40;
    /** The service cannot work at all. */
    public static final int CRITICAL = 50;

    private CheckLevel() {
    }

    /**
     * The contract's name of a level.
     *
     * @param level a level
     * @return {@code ok}, {@code debug}, {@code info}, {@code warning}, {@code error}, {@code critical},
     *         or {@code unknown} for any other number
     */
    public static String name(int level) {
        return switch (level) {
            case OK -> "ok";
            case DEBUG -> "debug";
            case INFO -> "info";
            case WARNING -> "warning";
            case ERROR -> "error";
            case CRITICAL -> "critical";
            default -> "unknown";
        };
    }

    /**
     * Parses a level given by its name (case-insensitive) or by its number.
     *
     * @param text a level name such as {@code warning}, or an integer
     * @return the level, or empty when the text is neither
     */
    public static Optional<Integer> parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        for (int level : new int[] {OK, DEBUG, INFO, WARNING, ERROR, CRITICAL}) {
            if (name(level).equals(value)) {
                return Optional.of(level);
            }
        }
        try {
            return Optional.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The java.util.logging level a message of this level is logged at.
     *
     * @param level a check level
     * @return {@code FINE} below info, {@code INFO} below warning, {@code WARNING} below error,
     *         {@code SEVERE} below critical, and {@link DockerflowLevels#CRITICAL} from critical on
     */
    public static Level logLevel(int level) {
        if (level >= CRITICAL) {
            return DockerflowLevels.CRITICAL;
        }
        if (level >= ERROR) {
            return Level.SEVERE;
        }
        if (level >= WARNING) {
            return Level.WARNING;
        }
        if (level >= INFO) {
            return Level.INFO;
        }
        return Level.FINE;
    }
}
