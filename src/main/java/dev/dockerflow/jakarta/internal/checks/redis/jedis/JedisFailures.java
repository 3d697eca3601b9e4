package dev.dockerflow.jakarta.internal.checks.redis.jedis;

import java.net.SocketTimeoutException;
import java.util.NoSuchElementException;
import java.util.Optional;

import dev.dockerflow.jakarta.internal.checks.redis.NetworkFailures;
import dev.dockerflow.jakarta.internal.checks.redis.RedisFailure;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;

/** Turns Jedis's exceptions into the check's two kinds of failure. Not API. */
final class JedisFailures {

    /** What Jedis says when the server closed the connection under it. */
    private static final String END_OF_STREAM = "Unexpected end of stream.";
    private static final String SERVER_CLOSED = "It seems like server has closed the connection.";

    private JedisFailures() {
    }

    /**
     * @param failure what Jedis threw
     * @param stepMillis the step timeout, for the words
     * @return the failure to report
     */
    static RedisFailure classify(JedisException failure, long stepMillis) {
        // Redis answered with an error: NOAUTH, WRONGPASS, LOADING, a database that does not exist...
        Optional<JedisDataException> answer = NetworkFailures.find(failure, JedisDataException.class);
        if (answer.isPresent()) {
            return RedisFailure.pingFailed(answer.get().getMessage());
        }
        // A read that timed out is a cause; a connection attempt that timed out is a suppressed exception.
        if (NetworkFailures.causes(failure).stream().anyMatch(SocketTimeoutException.class::isInstance)) {
            return RedisFailure.noAnswer(stepMillis);
        }
        if (connectionLost(failure)) {
            return RedisFailure.cannotConnect(NetworkFailures.closedByServer());
        }
        Optional<String> reason = NetworkFailures.cannotConnectReason(failure, stepMillis);
        if (reason.isPresent()) {
            return RedisFailure.cannotConnect(reason.get());
        }
        if (NetworkFailures.find(failure, NoSuchElementException.class).isPresent()) {
            return RedisFailure.cannotConnect("no connection of the pool became free in time");
        }
        if (failure instanceof JedisConnectionException) {
            return RedisFailure.cannotConnect(failure.getMessage());
        }
        return RedisFailure.pingFailed(failure.toString());
    }

    /**
     * @param failure what Jedis threw
     * @return whether it says that the server closed the connection
     */
    static boolean connectionLost(JedisException failure) {
        if (!(failure instanceof JedisConnectionException)) {
            return false;
        }
        String message = failure.getMessage();
        return END_OF_STREAM.equals(message) || SERVER_CLOSED.equals(message)
                || NetworkFailures.cannotConnectReason(failure, 0).filter(NetworkFailures.closedByServer()::equals).isPresent();
    }
}
