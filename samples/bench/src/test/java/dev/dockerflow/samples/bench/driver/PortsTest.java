package dev.dockerflow.samples.bench.driver;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void aTakenPortIsRefusedAndAFreedOneAccepted() throws IOException {
        int port;
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = taken.getLocalPort();
            assertThrows(BenchFailure.class, () -> Ports.requireFree(port));
        }
        assertDoesNotThrow(() -> Ports.requireFree(port));
    }
}
