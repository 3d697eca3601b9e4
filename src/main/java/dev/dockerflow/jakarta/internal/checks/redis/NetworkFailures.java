package dev.dockerflow.jakarta.internal.checks.redis;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.net.ssl.SSLException;

/**
 * What a client's exception says in JDK terms. Both clients wrap the JDK's socket exceptions (Lettuce through Netty,
 * whose exceptions extend them): as the cause, or, for Jedis's attempts to connect, as suppressed exceptions. The
 * reasons are worded here once, so that both clients report a fault in the same words. Not API.
 */
public final class NetworkFailures {

    private NetworkFailures() {
    }

    /**
     * @param failure an exception
     * @return it and its causes, in order
     */
    public static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            causes.add(cause);
        }
        return causes;
    }

    /**
     * @param failure an exception
     * @return it, its causes and every exception suppressed by any of them, depth first, each once
     */
    public static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        collect(failure, chain, Collections.newSetFromMap(new IdentityHashMap<>()));
        return chain;
    }

    private static void collect(Throwable failure, List<Throwable> chain, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return;
        }
        chain.add(failure);
        for (Throwable suppressed : failure.getSuppressed()) {
            collect(suppressed, chain, seen);
        }
        collect(failure.getCause(), chain, seen);
    }

    /**
     * @param failure an exception
     * @param type what to look for
     * @param <T> the type
     * @return the first exception of that type among {@link #chain(Throwable)}
     */
    public static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        return chain(failure).stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /**
     * Why no connection could be made, when a JDK exception in the chain says so. Call it after ruling out a read
     * that timed out: a {@link SocketTimeoutException} is taken here for a connection attempt that timed out.
     *
     * @param failure the client's exception
     * @param connectTimeoutMillis the connect timeout, for the words
     * @return a reason such as {@code connection refused}, or empty when the chain holds no such exception
     */
    public static Optional<String> cannotConnectReason(Throwable failure, long connectTimeoutMillis) {
        for (Throwable cause : chain(failure)) {
            String message = cause.getMessage() == null ? "" : cause.getMessage();
            if (cause instanceof UnknownHostException) {
                return Optional.of("unknown host " + firstPart(message));
            }
            if (cause instanceof SSLException) {
                return Optional.of("TLS handshake failed: " + message);
            }
            if (cause instanceof SocketTimeoutException) {
                return Optional.of("connection timed out after " + connectTimeoutMillis + " ms");
            }
            if (cause instanceof ConnectException) {
                // Netty appends the address ("Connection refused: /127.0.0.1:1"); the message already names it.
                return Optional.of(message.isEmpty() ? "connection refused" : lowerFirst(firstPart(message)));
            }
            if (cause instanceof EOFException || cause instanceof ClosedChannelException) {
                return Optional.of(closedByServer());
            }
            if (cause instanceof SocketException) {
                boolean closed = message.contains("reset") || message.contains("Broken pipe") || message.contains("closed");
                return Optional.of(closed ? closedByServer() : lowerFirst(firstPart(message)));
            }
        }
        return Optional.empty();
    }

    /** @return the reason for a connection that the server (or something between) closed */
    public static String closedByServer() {
        return "connection closed by the server";
    }

    private static String firstPart(String message) {
        int colon = message.indexOf(": ");
        return colon < 0 ? message : message.substring(0, colon);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
