package dev.dockerflow.jakarta.internal.checks.redis.lettuce;

import java.util.List;
import java.util.Optional;

import dev.dockerflow.jakarta.internal.checks.redis.NetworkFailures;
import dev.dockerflow.jakarta.internal.checks.redis.RedisFailure;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisException;

/** Turns Lettuce's exceptions into the check's two kinds of failure. Not API. */
final class LettuceFailures {

    /** What Lettuce completes pending commands with when their connection closes. */
    private static final String CONNECTION_CLOSED = "Connection closed";
    /** How Lettuce rejects a command on a connection it knows is down, when told not to queue it. */
    private static final String REJECTED = "Currently not connected";

    /** The reason given for a connection that is down. */
    static final String NOT_CONNECTED = "not connected";

    private LettuceFailures() {
    }

    /**
     * @param failure what Lettuce threw or completed a command with
     * @param stepMillis the step timeout, for the words
     * @return the failure to report
     */
    static RedisFailure classify(Throwable failure, long stepMillis) {
        // Redis answered with an error: NOAUTH, WRONGPASS, LOADING, a database that does not exist...
        Optional<RedisCommandExecutionException> answer = NetworkFailures.find(failure, RedisCommandExecutionException.class);
        if (answer.isPresent()) {
            return RedisFailure.pingFailed(answer.get().getMessage());
        }
        // A command, or the handshake when connecting, went unanswered: the connection itself was made.
        if (NetworkFailures.find(failure, RedisCommandTimeoutException.class).isPresent()) {
            return RedisFailure.noAnswer(stepMillis);
        }
        Optional<String> reason = NetworkFailures.cannotConnectReason(failure, stepMillis);
        if (reason.isPresent()) {
            return RedisFailure.cannotConnect(reason.get());
        }
        if (NetworkFailures.chain(failure).stream().anyMatch(cause -> CONNECTION_CLOSED.equals(cause.getMessage()))) {
            return RedisFailure.cannotConnect(NetworkFailures.closedByServer());
        }
        // Lettuce learns that a connection dropped a moment before it marks the connection closed.
        if (NetworkFailures.chain(failure).stream().anyMatch(cause -> String.valueOf(cause.getMessage()).startsWith(REJECTED))) {
            return RedisFailure.cannotConnect(NOT_CONNECTED);
        }
        if (failure instanceof RedisConnectionException) {
            // "Unable to connect to host:port" says where, not why: add what lies under it, when anything does.
            List<Throwable> chain = NetworkFailures.chain(failure);
            Throwable under = chain.get(chain.size() - 1);
            return RedisFailure.cannotConnect(under == failure ? failure.getMessage()
                    : failure.getMessage() + ": " + under);
        }
        return RedisFailure.pingFailed(failure instanceof RedisException ? failure.getMessage() : failure.toString());
    }
}
