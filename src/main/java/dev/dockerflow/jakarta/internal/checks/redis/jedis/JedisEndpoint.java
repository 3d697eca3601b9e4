package dev.dockerflow.jakarta.internal.checks.redis.jedis;

import java.util.function.Supplier;

import dev.dockerflow.jakarta.internal.checks.redis.RedisEndpoint;
import dev.dockerflow.jakarta.internal.checks.redis.RedisFailure;
import redis.clients.jedis.BuilderFactory;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.Connection;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * PING through a Jedis client: the application's, or the check's own {@code JedisPooled}. Over a connection borrowed
 * from the client's pool, PING waits at most the step timeout, whatever the client's own socket timeout. Not API.
 */
final class JedisEndpoint implements RedisEndpoint {

    private final String where;
    private final Supplier<Object> client;
    private final Runnable close;
    private final int stepMillis;

    /**
     * @param where where the PINGs go, for the messages
     * @param client the client: a {@code JedisPooled}, another {@code UnifiedJedis} or a {@code JedisPool}
     * @param close what closing the endpoint does: close the check's own client, or release the application's bean
     * @param stepMillis how long PING may wait for its answer
     */
    JedisEndpoint(String where, Supplier<Object> client, Runnable close, long stepMillis) {
        this.where = where;
        this.client = client;
        this.close = close;
        this.stepMillis = (int) Math.min(Integer.MAX_VALUE, stepMillis);
    }

    @Override
    public String ping() throws RedisFailure {
        try {
            return pingOnce();
        } catch (JedisException first) {
            if (!JedisFailures.connectionLost(first)) {
                throw JedisFailures.classify(first, stepMillis);
            }
            // A pooled connection that the server closed since its last use (a restart, an idle timeout) tells nothing
            // about Redis now. The pool has dropped it; a fresh connection tells.
            try {
                return pingOnce();
            } catch (JedisException second) {
                throw JedisFailures.classify(second, stepMillis);
            }
        }
    }

    private String pingOnce() {
        Object target = client.get();
        if (target instanceof JedisPooled pooled) {
            try (Connection connection = pooled.getPool().getResource()) {
                return ping(connection);
            }
        }
        if (target instanceof JedisPool pool) {
            try (Jedis jedis = pool.getResource()) {
                return ping(jedis.getConnection());
            }
        }
        return ((UnifiedJedis) target).ping();
    }

    private String ping(Connection connection) {
        int before = connection.getSoTimeout();
        connection.setSoTimeout(stepMillis);
        try {
            return connection.executeCommand(new CommandObject<>(new CommandArguments(Protocol.Command.PING), BuilderFactory.STRING));
        } finally {
            // The connection goes back to the application's pool as it came; a broken one is dropped anyway.
            if (!connection.isBroken()) {
                connection.setSoTimeout(before);
            }
        }
    }

    @Override
    public String where() {
        return where;
    }

    @Override
    public void close() {
        close.run();
    }
}
