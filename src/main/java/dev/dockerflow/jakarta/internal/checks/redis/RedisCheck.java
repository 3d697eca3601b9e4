package dev.dockerflow.jakarta.internal.checks.redis;

import java.util.List;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.internal.heartbeat.RegisteredCheck;

/**
 * The built-in check {@code redis}: PING must come back PONG. The endpoint is resolved on the first run and kept, so
 * that a client the check makes is made once and its connection reused; what keeps it from being resolved (no client
 * library, nothing or something invalid configured) is reported on every run without trying again, since only a
 * redeployment changes it. Not API.
 */
final class RedisCheck implements RegisteredCheck {

    /** The check's name in the heartbeat and in {@code dockerflow.checks}. */
    static final String NAME = "redis";

    private final RedisEndpointResolver resolver;
    private RedisEndpoint endpoint;
    private RedisSetupProblem problem;
    private boolean closed;

    /** @param resolver decides where PING goes, on the first run */
    RedisCheck(RedisEndpointResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * How long each stage of a PING (connecting, then each answer) may take: two fifths of the heartbeat's timeout, so
     * that a connection that takes its full time followed by an answer that takes its full time still end before the
     * heartbeat's deadline, and the heartbeat reports what went wrong with Redis instead of a bare time-out.
     *
     * @param heartbeatTimeoutMillis {@code dockerflow.heartbeat.timeout}
     * @return the step timeout in milliseconds, at least 1
     */
    static long stepMillis(long heartbeatTimeoutMillis) {
        return Math.max(1, heartbeatTimeoutMillis * 2 / 5);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String source() {
        return "built-in redis check";
    }

    @Override
    public List<CheckMessage> run() throws InterruptedException {
        RedisEndpoint target;
        try {
            target = endpoint();
        } catch (RedisSetupProblem setup) {
            return List.of(setup.message());
        }
        try {
            String answer = target.ping();
            return "PONG".equals(answer) ? List.of()
                    : List.of(pingFailed(target, "answered '" + answer + "' instead of PONG"));
        } catch (RedisFailure failure) {
            return List.of(failure.connected() ? pingFailed(target, failure.getMessage())
                    : CheckMessage.error(MessageIds.REDIS_CANNOT_CONNECT,
                            "cannot connect to Redis " + target.where() + ": " + failure.getMessage()));
        }
    }

    private static CheckMessage pingFailed(RedisEndpoint target, String reason) {
        return CheckMessage.error(MessageIds.REDIS_PING_FAILED, "Redis ping failed " + target.where() + ": " + reason);
    }

    private synchronized RedisEndpoint endpoint() throws RedisSetupProblem {
        if (closed) {
            throw new IllegalStateException("the application is stopping");
        }
        if (problem != null) {
            throw problem;
        }
        if (endpoint == null) {
            try {
                endpoint = resolver.resolve();
            } catch (RedisSetupProblem setup) {
                problem = setup;
                throw setup;
            }
        }
        return endpoint;
    }

    /** Closes the endpoint, if one was made: the check's own client and connection, and its hold on a bean. */
    synchronized void close() {
        closed = true;
        if (endpoint != null) {
            endpoint.close();
            endpoint = null;
        }
    }
}
