package dev.dockerflow.jakarta.checks.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP server on loopback standing in for Redis. In {@link Mode#HANG} it accepts connections and never answers, as a
 * Redis that hangs does; in {@link Mode#FORWARD} it passes them to the real Redis. The mode applies to the
 * connections accepted after it is set: a connection that hung stays hung, as it would.
 */
final class SwitchableProxy implements AutoCloseable {

    /** What the proxy does with a new connection. */
    enum Mode {
        /** Read and discard everything, answer nothing, never close. */
        HANG,
        /** Pass it to the real Redis, both ways. */
        FORWARD
    }

    private final ServerSocket server;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile Mode mode;

    private SwitchableProxy(ServerSocket server, Mode mode) {
        this.server = server;
        this.mode = mode;
        daemon("proxy-accept", this::accept);
    }

    /**
     * @param port the loopback port to listen on, 0 for any free one
     * @param mode what to do with connections
     * @return the listening proxy
     */
    static SwitchableProxy listen(int port, Mode mode) {
        try {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return new SwitchableProxy(server, mode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a loopback port where nothing listens (it did for a moment, to find it) */
    static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the port it listens on */
    int port() {
        return server.getLocalPort();
    }

    /** @return its URL, as an application would configure it */
    String url() {
        return "redis://127.0.0.1:" + port() + "/0";
    }

    /** @param mode what to do with the connections accepted from now on */
    void mode(Mode mode) {
        this.mode = mode;
    }

    private void accept() {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                continue; // Closed: the loop ends.
            }
            sockets.add(client);
            if (mode == Mode.HANG) {
                daemon("proxy-hang", () -> pump(client, OutputStream.nullOutputStream()));
                continue;
            }
            try {
                Socket redis = new Socket(LocalRedis.HOST, LocalRedis.PORT);
                sockets.add(redis);
                daemon("proxy-up", () -> pump(client, output(redis)));
                daemon("proxy-down", () -> pump(redis, output(client)));
            } catch (IOException e) {
                // Redis refused: so does the proxy.
                closeQuietly(client);
            }
        }
    }

    private static OutputStream output(Socket socket) {
        try {
            return socket.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void pump(Socket from, OutputStream to) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream()) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                to.write(buffer, 0, read);
                to.flush();
            }
        } catch (IOException e) {
            // The other side closed.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Already closed.
        }
    }

    @Override
    public void close() {
        closeQuietly(server);
        sockets.forEach(SwitchableProxy::closeQuietly);
    }
}
