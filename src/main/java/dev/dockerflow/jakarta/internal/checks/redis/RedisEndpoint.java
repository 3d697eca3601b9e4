package dev.dockerflow.jakarta.internal.checks.redis;

/**
 * Something the check can send PING to: the application's own client bean, or a client the check made from
 * {@code dockerflow.redis.url}. Implemented by the client-specific code, which alone knows the client's types. Not API.
 */
public interface RedisEndpoint extends AutoCloseable {

    /**
     * Sends PING, waiting at most about the step timeout the endpoint was made with for each stage (connecting,
     * then the answer).
     *
     * @return Redis's answer, {@code PONG} when all is well
     * @throws RedisFailure when no connection could be made or PING failed on it
     * @throws InterruptedException when the heartbeat's deadline interrupted the wait
     */
    String ping() throws RedisFailure, InterruptedException;

    /**
     * Where the PINGs go, for the messages: {@code at redis://host:6379/0} or
     * {@code through the application's JedisPooled bean}.
     *
     * @return a phrase that completes "cannot connect to Redis ..."
     */
    String where();

    /** Closes what the endpoint made: its connection, and the client when the check made it. Never throws. */
    @Override
    void close();
}
