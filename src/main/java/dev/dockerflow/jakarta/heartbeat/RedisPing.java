package dev.dockerflow.jakarta.heartbeat;

/**
 * The application's own Redis client, for the built-in {@code redis} check. When the application has a
 * {@code RedisPing} CDI bean, the check calls it instead of connecting to {@code dockerflow.redis.url} itself, so that
 * the heartbeat asks the very client the application uses:
 *
 * <pre>{@code
 * @Produces RedisPing ping(JedisPooled jedis) { return jedis::ping; }
 *
 * @Produces RedisPing ping(StatefulRedisConnection<String, String> redis) { return () -> redis.sync().ping(); }
 * }</pre>
 *
 * <p>{@code PONG} is ok; any other answer is {@value MessageIds#REDIS_PING_FAILED}. An exception whose causes include
 * the JDK's word that no connection could be made or that it was lost ({@code ConnectException},
 * {@code UnknownHostException}, another {@code SocketException}, {@code EOFException}, a failed TLS handshake) is
 * {@value MessageIds#REDIS_CANNOT_CONNECT}; any other is {@value MessageIds#REDIS_PING_FAILED}, with its message, masked.
 * The client's own timeouts apply: one that outlasts {@code dockerflow.heartbeat.timeout} is reported as the
 * heartbeat's time-out.
 */
@FunctionalInterface
public interface RedisPing {

    /**
     * Sends PING to Redis.
     *
     * @return Redis's answer, {@code PONG} when all is well
     * @throws Exception when the client cannot send PING or Redis refuses it (NOAUTH, WRONGPASS, LOADING...)
     */
    String ping() throws Exception;
}
