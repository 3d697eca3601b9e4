package dev.dockerflow.jakarta.checks.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A TCP port in front of a real database that a scenario switches between faults, so that one
 * deployment sees the database fail and come back:
 *
 * <ul>
 * <li>{@link Mode#FORWARD}: every connection is passed through to the database;</li>
 * <li>{@link Mode#REFUSE}: nothing listens on the port, so connecting is refused;</li>
 * <li>{@link Mode#HANG}: connections are accepted and never answered, as by a hung server.</li>
 * </ul>
 *
 * Switching modes ends every connection made so far, as a restarted or failed-over server would.
 * Registered as a static extension, it stops listening after the scenario.
 */
public final class FaultyProxy implements AutoCloseable, AfterAllCallback {

    /** What the port does. */
    public enum Mode { FORWARD, REFUSE, HANG }

    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private volatile Mode mode;
    private ServerSocket server;

    private FaultyProxy(InetSocketAddress target, Mode mode) throws IOException {
        this.target = target;
        this.mode = mode;
        ServerSocket first = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        port = first.getLocalPort();
        server = first;
        if (mode == Mode.REFUSE) {
            first.close();
            server = null;
        } else {
            serve(first);
        }
    }

    /**
     * @param host the database's host
     * @param port the database's port
     * @param mode what the proxy's port does at first
     * @return the proxy, on a free port of 127.0.0.1
     */
    public static FaultyProxy to(String host, int port, Mode mode) {
        try {
            return new FaultyProxy(new InetSocketAddress(host, port), mode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the port to connect to, on 127.0.0.1 */
    public int port() {
        return port;
    }

    /** @return the current mode */
    public Mode mode() {
        return mode;
    }

    /**
     * Switches the fault: ends the connections made so far, and listens or stops listening.
     *
     * @param next the new mode
     */
    public synchronized void mode(Mode next) {
        mode = next;
        closeConnections();
        try {
            if (next == Mode.REFUSE && server != null) {
                server.close();
                server = null;
            } else if (next != Mode.REFUSE && server == null) {
                ServerSocket again = new ServerSocket();
                again.setReuseAddress(true);
                again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                server = again;
                serve(again);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void serve(ServerSocket listening) {
        daemon("faulty-proxy-accept-" + port, () -> {
            while (!listening.isClosed()) {
                Socket client;
                try {
                    client = listening.accept();
                } catch (IOException closed) {
                    return;
                }
                connections.add(client);
                if (mode == Mode.FORWARD) {
                    forward(client);
                }
                // HANG: keep the connection open, read nothing, answer nothing.
            }
        });
    }

    private void forward(Socket client) {
        try {
            Socket upstream = new Socket(target.getAddress(), target.getPort());
            connections.add(upstream);
            daemon("faulty-proxy-up-" + port, () -> pump(client, upstream));
            daemon("faulty-proxy-down-" + port, () -> pump(upstream, client));
        } catch (IOException e) {
            close(client);
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException ended) {
            // One side closed: the other follows below.
        } finally {
            connections.remove(from);
            connections.remove(to);
            close(from);
            close(to);
        }
    }

    private void closeConnections() {
        connections.forEach(FaultyProxy::close);
        connections.clear();
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing is all we want; a socket that fails to close is closed enough.
        }
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public synchronized void close() {
        mode(Mode.REFUSE);
    }
}
