package dev.dockerflow.jakarta.testing;

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
 * A loopback TCP port in front of a real server (PostgreSQL, MariaDB, Redis) that a scenario switches between faults,
 * so that one deployment sees its backing service fail and come back, always on the same port:
 *
 * <ul>
 * <li>{@link Mode#FORWARD}: every connection is passed through to the server, both ways;</li>
 * <li>{@link Mode#REFUSE}: nothing listens on the port, so connecting is refused;</li>
 * <li>{@link Mode#HANG}: connections are accepted, and what they send is read and never answered, as by a hung
 * server.</li>
 * </ul>
 *
 * {@link #mode(Mode)} ends every connection made so far, as a restarted or failed-over server would;
 * {@link #modeForNewConnections(Mode)} leaves them as they are, so that a connection that hung stays hung. Registered
 * as a static extension it stops after the scenario; made in a test, close it.
 */
public final class TcpFaultProxy implements AutoCloseable, AfterAllCallback {

    /** What the port does. */
    public enum Mode { FORWARD, REFUSE, HANG }

    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private volatile Mode mode;
    private ServerSocket server;

    private TcpFaultProxy(InetSocketAddress target, Mode mode) throws IOException {
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
     * @param host the server's host
     * @param port the server's port
     * @param mode what the proxy's port does at first
     * @return the proxy, on a free port of 127.0.0.1
     */
    public static TcpFaultProxy to(String host, int port, Mode mode) {
        try {
            return new TcpFaultProxy(new InetSocketAddress(host, port), mode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a loopback port where nothing listens (something did for a moment, to find it) */
    public static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the port to connect to, on 127.0.0.1: the one it listens on, or where nothing listens in REFUSE */
    public synchronized int port() {
        return server != null ? server.getLocalPort() : port;
    }

    /**
     * Switches the fault for every connection: ends the connections made so far, and listens or stops listening.
     *
     * @param next the new mode
     */
    public synchronized void mode(Mode next) {
        mode = next;
        closeConnections();
        modeForNewConnections(next);
    }

    /**
     * Switches the fault for the connections accepted from now on, and listens or stops listening; the connections
     * made so far go on as they were (forwarded, or hung).
     *
     * @param next the new mode
     */
    public synchronized void modeForNewConnections(Mode next) {
        mode = next;
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
        daemon("tcp-fault-proxy-accept-" + port, () -> {
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
                } else {
                    daemon("tcp-fault-proxy-hang-" + port, () -> pump(client, null));
                }
            }
        });
    }

    private void forward(Socket client) {
        try {
            Socket upstream = new Socket(target.getAddress(), target.getPort());
            connections.add(upstream);
            daemon("tcp-fault-proxy-up-" + port, () -> pump(client, upstream));
            daemon("tcp-fault-proxy-down-" + port, () -> pump(upstream, client));
        } catch (IOException e) {
            // The server refused: so does the proxy.
            connections.remove(client);
            close(client);
        }
    }

    /** Copies what {@code from} sends to {@code to}, or reads and drops it when {@code to} is null, until either ends. */
    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream();
                OutputStream out = to == null ? OutputStream.nullOutputStream() : to.getOutputStream()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException ended) {
            // One side closed: the other follows below.
        } finally {
            connections.remove(from);
            close(from);
            if (to != null) {
                connections.remove(to);
                close(to);
            }
        }
    }

    private void closeConnections() {
        connections.forEach(TcpFaultProxy::close);
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

    /** Stops listening and ends every connection. */
    @Override
    public synchronized void close() {
        mode(Mode.REFUSE);
    }
}
