package dev.dockerflow.jakarta.internal.checks.redis;

import dev.dockerflow.jakarta.heartbeat.MessageIds;
/**
 * Why a PING did not come back, sorted into the two cases the contract tells apart: no connection
 * ({@value MessageIds#REDIS_CANNOT_CONNECT}), or a connection whose PING was refused or went unanswered
 * ({@value MessageIds#REDIS_PING_FAILED}). Client-specific code turns its client's exceptions into these. Not API.
 */
public final class RedisFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean connected;

    private RedisFailure(boolean connected, String reason) {
        // An expected outcome, reported as a message: no stack trace to fill.
        super(reason, null, false, false);
        this.connected = connected;
    }

    /**
     * @param reason why no connection could be made, such as {@code connection refused}
     * @return a failure to connect
     */
    public static RedisFailure cannotConnect(String reason) {
        return new RedisFailure(false, reason);
    }

    /**
     * @param reason what Redis answered instead of PONG, such as {@code NOAUTH Authentication required.}
     * @return a failed PING over a connection that was made
     */
    public static RedisFailure pingFailed(String reason) {
        return new RedisFailure(true, reason);
    }

    /**
     * @param millis how long the check waited
     * @return a PING (or the handshake before it) that got no answer in time, over a connection that was made
     */
    public static RedisFailure noAnswer(long millis) {
        return pingFailed("no answer within " + millis + " ms");
    }

    /** @return {@code true} when a connection was made and PING failed on it */
    public boolean connected() {
        return connected;
    }
}
