package dev.dockerflow.jakarta.internal.checks.redis.lettuce;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import dev.dockerflow.jakarta.internal.checks.redis.ApplicationBean;
import dev.dockerflow.jakarta.internal.checks.redis.RedisEndpoint;
import dev.dockerflow.jakarta.internal.checks.redis.RedisFailure;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.StatefulRedisConnection;

/**
 * PING over the application's own Lettuce connection, the one its code uses. The check waits at most the step timeout
 * for the answer, whatever the connection's own command timeout. Not API.
 */
final class LettuceConnectionEndpoint implements RedisEndpoint {

    private final ApplicationBean bean;
    private final long stepMillis;

    /**
     * @param bean the application's {@code StatefulRedisConnection} bean
     * @param stepMillis how long PING may wait for its answer
     */
    LettuceConnectionEndpoint(ApplicationBean bean, long stepMillis) {
        this.bean = bean;
        this.stepMillis = stepMillis;
    }

    @Override
    public String ping() throws RedisFailure {
        StatefulRedisConnection<?, ?> connection;
        try {
            connection = (StatefulRedisConnection<?, ?>) bean.get();
        } catch (RedisException e) {
            // The application's producer connects, and could not.
            throw LettuceFailures.classify(e, stepMillis);
        }
        return ping(connection, stepMillis);
    }

    /**
     * Sends PING over a connection and waits for the answer.
     *
     * @param connection an open or closed connection
     * @param stepMillis how long to wait
     * @return the answer
     * @throws RedisFailure when the connection is not open, or PING failed or went unanswered
     */
    static String ping(StatefulRedisConnection<?, ?> connection, long stepMillis) throws RedisFailure {
        if (!connection.isOpen()) {
            // Commands sent now would wait in Lettuce's queue for a reconnection and look like a Redis that does not answer.
            throw RedisFailure.cannotConnect(LettuceFailures.NOT_CONNECTED);
        }
        RedisFuture<String> answer = connection.async().ping();
        try {
            return BoundedWait.get(answer, stepMillis);
        } catch (TimeoutException e) {
            answer.cancel(false);
            throw RedisFailure.noAnswer(stepMillis);
        } catch (ExecutionException e) {
            throw LettuceFailures.classify(e.getCause(), stepMillis);
        }
    }

    @Override
    public String where() {
        return bean.where();
    }

    @Override
    public void close() {
        bean.release();
    }
}
