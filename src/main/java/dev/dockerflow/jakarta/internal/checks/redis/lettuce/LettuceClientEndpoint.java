package dev.dockerflow.jakarta.internal.checks.redis.lettuce;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import dev.dockerflow.jakarta.internal.checks.redis.ApplicationBean;
import dev.dockerflow.jakarta.internal.checks.redis.NetworkFailures;
import dev.dockerflow.jakarta.internal.checks.redis.RedisEndpoint;
import dev.dockerflow.jakarta.internal.checks.redis.RedisFailure;
import io.lettuce.core.ConnectionFuture;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;

/**
 * PING over one connection of a Lettuce {@code RedisClient}, the application's or the check's own. The connection is
 * made on the first PING and kept. One found closed, or lost under a PING, is replaced at once; one whose PING failed
 * otherwise is replaced at the next heartbeat, since a connection that went unanswered may be half-open and never
 * answer again. Not API.
 */
final class LettuceClientEndpoint implements RedisEndpoint {

    /** Makes a connection. */
    @FunctionalInterface
    private interface Connector {
        StatefulRedisConnection<?, ?> connect() throws RedisFailure, InterruptedException;
    }

    private final String where;
    private final Connector connector;
    private final Runnable closeClient;
    private final long stepMillis;
    private StatefulRedisConnection<?, ?> connection;

    private LettuceClientEndpoint(String where, Connector connector, Runnable closeClient, long stepMillis) {
        this.where = where;
        this.connector = connector;
        this.closeClient = closeClient;
        this.stepMillis = stepMillis;
    }

    /**
     * @param client the check's own client, configured with the step timeout; shut down when the endpoint closes
     * @param uri where it connects to
     * @param where where the PINGs go, for the messages
     * @param stepMillis how long connecting, and then each answer, may take
     * @return the endpoint
     */
    static LettuceClientEndpoint own(RedisClient client, RedisURI uri, String where, long stepMillis) {
        return new LettuceClientEndpoint(where, () -> connectWithin(client, uri, stepMillis),
                () -> client.shutdown(Duration.ZERO, Duration.ofSeconds(2)), stepMillis);
    }

    /**
     * @param bean the application's {@code RedisClient} bean, left to the application when the endpoint closes
     * @param stepMillis how long each answer may take
     * @return the endpoint
     */
    static LettuceClientEndpoint ofApplication(ApplicationBean bean, long stepMillis) {
        // The application's client keeps its URI to itself: connect() uses it, with the client's own timeouts; should
        // they outlast the heartbeat, the heartbeat's deadline interrupts the wait.
        return new LettuceClientEndpoint(bean.where(), () -> {
            try {
                return ((RedisClient) bean.get()).connect();
            } catch (RedisException e) {
                if (NetworkFailures.find(e, InterruptedException.class).isPresent()) {
                    // The heartbeat's deadline: it reports the time-out itself.
                    throw new InterruptedException("interrupted while connecting");
                }
                throw LettuceFailures.classify(e, stepMillis);
            }
        }, bean::release, stepMillis);
    }

    private static StatefulRedisConnection<?, ?> connectWithin(RedisClient client, RedisURI uri, long stepMillis)
            throws RedisFailure {
        ConnectionFuture<StatefulRedisConnection<String, String>> future = client.connectAsync(StringCodec.UTF8, uri);
        try {
            // Lettuce bounds connecting and the handshake by a step each; this only guards against its not doing so.
            return BoundedWait.get(future, 2 * stepMillis + 100);
        } catch (TimeoutException e) {
            future.thenAccept(StatefulConnection::closeAsync);
            throw RedisFailure.cannotConnect("no connection within " + (2 * stepMillis) + " ms");
        } catch (ExecutionException e) {
            throw LettuceFailures.classify(e.getCause(), stepMillis);
        }
    }

    @Override
    public synchronized String ping() throws RedisFailure, InterruptedException {
        if (connection != null && connection.isOpen()) {
            try {
                return LettuceConnectionEndpoint.ping(connection, stepMillis);
            } catch (RedisFailure failure) {
                drop();
                if (failure.connected()) {
                    throw failure;
                }
                // Lost since its last use (a restart): that says nothing about Redis now, a fresh connection does.
            }
        }
        drop();
        connection = connector.connect();
        try {
            return LettuceConnectionEndpoint.ping(connection, stepMillis);
        } catch (RedisFailure failure) {
            drop();
            throw failure;
        }
    }

    private void drop() {
        if (connection != null) {
            connection.closeAsync();
            connection = null;
        }
    }

    @Override
    public String where() {
        return where;
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
        closeClient.run();
    }
}
