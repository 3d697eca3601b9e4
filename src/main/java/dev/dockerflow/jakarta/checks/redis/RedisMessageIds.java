package dev.dockerflow.jakarta.checks.redis;

/**
 * The message ids of the {@code redis} check, python-dockerflow's. They are stable: operators search logs for them.
 */
public final class RedisMessageIds {

    /** No connection to Redis could be made, or the one in use was lost. */
    public static final String CANNOT_CONNECT = "dockerflow.health.E004";
    /** Neither Jedis nor Lettuce is on the class path (or the one {@code dockerflow.redis.client} names is not). */
    public static final String CLIENT_NOT_AVAILABLE = "dockerflow.health.E005";
    /** Nothing says which Redis to check, or what says it is invalid. */
    public static final String MISCONFIGURED = "dockerflow.health.E006";
    /** Connected, but PING was refused, went unanswered, or was answered with something other than PONG. */
    public static final String PING_FAILED = "dockerflow.health.E007";

    private RedisMessageIds() {
    }
}
