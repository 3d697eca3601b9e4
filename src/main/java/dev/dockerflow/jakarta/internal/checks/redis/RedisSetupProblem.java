package dev.dockerflow.jakarta.internal.checks.redis;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.MessageIds;

/**
 * What keeps the check from knowing how to reach Redis: no client library
 * ({@value MessageIds#REDIS_CLIENT_NOT_AVAILABLE}) or a configuration that says nothing, or nothing valid
 * ({@value MessageIds#REDIS_MISCONFIGURED}). It holds until the application is redeployed. Not API.
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
     * @return a problem reported as {@value MessageIds#REDIS_CLIENT_NOT_AVAILABLE}
     */
    public static RedisSetupProblem clientNotAvailable(String text) {
        return new RedisSetupProblem(CheckMessage.error(MessageIds.REDIS_CLIENT_NOT_AVAILABLE, "Redis client not available: " + text));
    }

    /**
     * @param text what is wrong, never showing a password
     * @return a problem reported as {@value MessageIds#REDIS_MISCONFIGURED}
     */
    public static RedisSetupProblem misconfigured(String text) {
        return new RedisSetupProblem(CheckMessage.error(MessageIds.REDIS_MISCONFIGURED, "Redis misconfigured: " + text));
    }

    /** @return the message the check reports on every heartbeat */
    public CheckMessage message() {
        return message;
    }
}
