package dev.dockerflow.jakarta.internal.checks.redis;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.heartbeat.RedisPing;
import dev.dockerflow.jakarta.internal.heartbeat.RegisteredCheck;
import dev.dockerflow.jakarta.internal.secrets.SecretMask;
import java.io.EOFException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLException;

/**
 * The built-in check {@code redis}: PING must come back PONG. A failure whose causes hold the JDK's word that no
 * connection was made or kept (refused, unreachable, reset, closed, unknown host, no TLS) is
 * {@value MessageIds#REDIS_CANNOT_CONNECT}; any other, {@value MessageIds#REDIS_PING_FAILED}. Not API.
 *
 * @param where where the PINGs go, completing "cannot connect to Redis ...": {@code at redis://cache:6379/0}
 * @param redis what sends them: the application's {@link RedisPing} bean, or the check's {@link RespClient}
 * @param problem when set, what keeps the check from knowing where Redis is, reported on every run instead
 */
record RedisCheck(String where, RedisPing redis, CheckMessage problem) implements RegisteredCheck {

    /** The check's name in the heartbeat and in {@code dockerflow.checks}. */
    static final String NAME = "redis";

    /**
     * How long each stage of a PING (connecting, then the answers) may take: two fifths of the heartbeat's timeout, so
     * that both stages taking their full time still end before the heartbeat's deadline, and the heartbeat reports what
     * went wrong with Redis rather than a bare time-out.
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
        if (problem != null) {
            return List.of(problem);
        }
        try {
            String answer = redis.ping();
            return "PONG".equals(answer) ? List.of() : List.of(CheckMessage.error(MessageIds.REDIS_PING_FAILED,
                    "Redis ping failed " + where + ": answered '" + answer + "' instead of PONG"));
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            String reason = cannotConnect(e, new ArrayList<>());
            return List.of(reason == null
                    ? CheckMessage.error(MessageIds.REDIS_PING_FAILED, "Redis ping failed " + where + ": " + SecretMask.describe(e))
                    : CheckMessage.error(MessageIds.REDIS_CANNOT_CONNECT, "cannot connect to Redis " + where + ": " + reason));
        }
    }

    /** @return why no connection was made or kept, from the first JDK exception among the causes and suppressed ones */
    private static String cannotConnect(Throwable failure, List<Throwable> seen) {
        if (failure == null || seen.stream().anyMatch(failure::equals)) {
            return null;
        }
        seen.add(failure);
        // "Connection refused", "Connection reset", "No route to host", "cache: Name or service not known"...
        String message = failure.getMessage() == null ? "" : failure.getMessage().split(": ", 2)[0];
        if (failure instanceof UnknownHostException) {
            return "unknown host " + message;
        } else if (failure instanceof SocketException || failure instanceof EOFException) {
            return message.isEmpty() ? "connection closed by the server" : Character.toLowerCase(message.charAt(0)) + message.substring(1);
        } else if (failure instanceof SSLException) {
            return "TLS handshake failed: " + SecretMask.mask(failure.getMessage());
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            String reason = cannotConnect(suppressed, seen);
            if (reason != null) {
                return reason;
            }
        }
        return cannotConnect(failure.getCause(), seen);
    }

    /** Closes the check's own connection, if it made one; the application's bean is the application's. */
    void close() {
        if (redis instanceof RespClient own) {
            own.close();
        }
    }
}
