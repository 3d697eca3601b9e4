package dev.dockerflow.samples.bench.driver;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Checks, before any server starts, that the run's ports are free on loopback. A port already taken
 * (a server left over from an earlier run, another build) would otherwise either fail the start late,
 * or worse, answer the readiness poll, so that the benchmark measured someone else's server.
 */
final class Ports {

    private Ports() {
    }

    /**
     * @param ports the ports the run will listen on
     * @throws BenchFailure naming the first port that is taken
     */
    static void requireFree(int... ports) {
        for (int port : ports) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                // bound, so free; closed again at once
            } catch (IOException e) {
                throw new BenchFailure("port " + port + " on 127.0.0.1 is in use: is an earlier run still up?"
                        + " (--port-base=P moves the benchmark's ports)", e);
            }
        }
    }
}
