package dev.dockerflow.jakarta.checks.redis;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;

/**
 * What keeps the check from knowing how to reach Redis: no client library
 * ({@value RedisMessageIds#CLIENT_NOT_AVAILABLE}) or a configuration that says nothing, or nothing valid
 * ({@value RedisMessageIds#MISCONFIGURED}). It holds until the application is redeployed. Not API.
 */
public final class RedisSetupProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient CheckMessage message;

    private RedisSetupProblem(CheckMessage message) {
        super(message.text(), null, false, false);
        this.message = message;
    }

    /**
     * @param text what is missing
     * @return a problem reported as {@value RedisMessageIds#CLIENT_NOT_AVAILABLE}
     */
    public static RedisSetupProblem clientNotAvailable(String text) {
        return new RedisSetupProblem(CheckMessage.error(RedisMessageIds.CLIENT_NOT_AVAILABLE, "Redis client not available: " + text));
    }

    /**
     * @param text what is wrong, never showing a password
     * @return a problem reported as {@value RedisMessageIds#MISCONFIGURED}
     */
    public static RedisSetupProblem misconfigured(String text) {
        return new RedisSetupProblem(CheckMessage.error(RedisMessageIds.MISCONFIGURED, "Redis misconfigured: " + text));
    }

    /** @return the message the check reports on every heartbeat */
    public CheckMessage message() {
        return message;
    }
}
