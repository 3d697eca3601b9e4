package dev.dockerflow.jakarta.internal.checks.redis;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.dockerflow.jakarta.heartbeat.RedisPing;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * The check's own connection to Redis, a JDK socket speaking just enough RESP: {@code AUTH}, {@code SELECT} and
 * {@code CLIENT SETNAME} once connected, then {@code PING}, sent at once. Connecting may take a step, then the answers
 * a step in all. Made on the first PING and kept (a fresh one would cost every heartbeat a TCP and a TLS handshake, and
 * Redis's one thread its share); dropped after any failure or answer but PONG, and replaced at once when it was lost since its
 * last use (a restart, an idle time-out), which says nothing of Redis now. Not API.
 */
final class RespClient implements RedisPing, AutoCloseable {

    /** The name the check's connection goes by in {@code CLIENT LIST}. */
    static final String CLIENT_NAME = "dockerflow-heartbeat";

    private final RedisUrl url;
    private final int stepMillis;
    private Socket socket;
    private BufferedReader replies;
    private boolean closed;

    RespClient(RedisUrl url, long stepMillis) {
        this.url = url;
        this.stepMillis = (int) Math.min(Integer.MAX_VALUE, stepMillis);
    }

    @Override
    public synchronized String ping() throws IOException {
        if (socket != null) {
            try {
                return send(1, command("PING"));
            } catch (SocketException | EOFException lost) {
                // Dropped; a fresh connection follows.
            }
        }
        if (closed) {
            throw new IllegalStateException("the application is stopping");
        }
        connect();
        String auth = url.password() == null ? ""
                : url.user() == null ? command("AUTH", url.password()) : command("AUTH", url.user(), url.password());
        String select = url.database() == 0 ? "" : command("SELECT", Integer.toString(url.database()));
        int count = 2 + (auth.isEmpty() ? 0 : 1) + (select.isEmpty() ? 0 : 1);
        return send(count, auth + select + command("CLIENT", "SETNAME", CLIENT_NAME) + command("PING"));
    }

    private void connect() throws IOException {
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(url.host(), url.port()), stepMillis);
            socket = url.tls() ? tls(plain) : plain;
        } catch (IOException e) {
            plain.close();
            throw e instanceof SocketTimeoutException ? new ConnectException("connection timed out after " + stepMillis + " ms") : e;
        }
        replies = new BufferedReader(new InputStreamReader(socket.getInputStream(), UTF_8));
    }

    /** @return the connection in TLS, through the JVM's default SSLContext and so its trust store */
    private SSLSocket tls(Socket plain) throws IOException {
        SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(plain, url.host(), url.port(), true);
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm(url.verifyHost() ? "HTTPS" : null);
        tls.setSSLParameters(parameters);
        return tls;
    }

    /** Writes commands at once (a TLS handshake goes first) and returns the last one's reply; an error reply throws. */
    private String send(int count, String commands) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(stepMillis);
        try {
            socket.setSoTimeout(stepMillis);
            socket.getOutputStream().write(commands.getBytes(UTF_8));
            String reply = null;
            for (int i = 0; i < count; i++) {
                socket.setSoTimeout((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                reply = replies.readLine();
                if (reply == null) {
                    throw new EOFException("connection closed by the server");
                } else if (reply.startsWith("-")) {
                    // NOAUTH, WRONGPASS, ERR DB index is out of range, LOADING...: Redis's refusal, in its words.
                    throw new ProtocolException(reply.substring(1));
                }
            }
            if (!"+PONG".equals(reply)) {
                drop(); // Whatever answered may have more to say: the next PING starts afresh.
            }
            return reply.startsWith("+") ? reply.substring(1) : reply;
        } catch (SocketTimeoutException e) {
            drop();
            throw new SocketTimeoutException("no answer within " + stepMillis + " ms");
        } catch (IOException e) {
            drop();
            throw e;
        }
    }

    /** @return a command as RESP's array of bulk strings, each length counted in bytes */
    private static String command(String... arguments) {
        StringBuilder resp = new StringBuilder("*").append(arguments.length).append("\r\n");
        for (String argument : arguments) {
            resp.append('$').append(argument.getBytes(UTF_8).length).append("\r\n").append(argument).append("\r\n");
        }
        return resp.toString();
    }

    private void drop() {
        try {
            socket.close();
        } catch (IOException e) {
            // Broken already: nothing left to close.
        }
        socket = null;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (socket != null) {
            drop();
        }
    }
}
