package dev.dockerflow.jakarta.heartbeat;

/**
 * The message ids the library itself reports. They are stable: operators search logs for them.
 */
public final class MessageIds {

    /** A check ran past {@code dockerflow.heartbeat.timeout}. */
    public static final String TIMED_OUT = "dockerflow.heartbeat.E001";
    /** A check threw instead of returning messages. */
    public static final String CHECK_FAILED = "dockerflow.heartbeat.E002";
    /** No thread was free to run a check. */
    public static final String NO_THREAD = "dockerflow.heartbeat.E003";
    /** A bridged MicroProfile Health check answered DOWN. */
    public static final String HEALTH_DOWN = "dockerflow.mphealth.E001";

    private MessageIds() {
    }
}
