package dev.dockerflow.samples.soak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * An upstream that accepts every connection and never answers: what makes a check hang. It keeps the
 * connections it accepted, so that at the end it can tell how many the client left open.
 */
final class BlackHole implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> accepted = new ArrayList<>();
    private final Thread acceptor;

    private BlackHole(ServerSocket server) {
        this.server = server;
        this.acceptor = new Thread(this::accept, "black-hole");
        this.acceptor.setDaemon(true);
    }

    /** @return a black hole on a free loopback port, accepting */
    static BlackHole open() {
        try {
            BlackHole hole = new BlackHole(new ServerSocket(0, 1000, InetAddress.getLoopbackAddress()));
            hole.acceptor.start();
            return hole;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return its URL, as an upstream's {@code /__lbheartbeat__} */
    String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/__lbheartbeat__";
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                synchronized (accepted) {
                    accepted.add(socket);
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    /** @return how many connections it has accepted */
    int accepted() {
        synchronized (accepted) {
            return accepted.size();
        }
    }

    /** @return how many of them the client has not closed yet */
    int stillOpen() {
        int open = 0;
        synchronized (accepted) {
            for (Socket socket : accepted) {
                if (isOpen(socket)) {
                    open++;
                }
            }
        }
        return open;
    }

    // The client sent its request and waits; a closed connection reads end of stream once that is read.
    private static boolean isOpen(Socket socket) {
        try {
            socket.setSoTimeout(1);
            byte[] buffer = new byte[8192];
            while (true) {
                if (socket.getInputStream().read(buffer) < 0) {
                    return false;
                }
            }
        } catch (SocketTimeoutException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        synchronized (accepted) {
            for (Socket socket : accepted) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // closing anyway
                }
            }
        }
    }
}
