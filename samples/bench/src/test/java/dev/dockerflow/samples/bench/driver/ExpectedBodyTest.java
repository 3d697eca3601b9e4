package dev.dockerflow.samples.bench.driver;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class ExpectedBodyTest {

    private static final List<String> CHECKS = List.of("a", "b");

    @Test
    void aPassingHeartbeatOfExactlyTheChecks() {
        ExpectedBody expected = ExpectedBody.heartbeatOk(CHECKS);
        assertDoesNotThrow(() -> expected.verify(200, "{\"status\":\"ok\",\"checks\":{\"a\":\"ok\",\"b\":\"ok\"},\"details\":{}}"));
        assertThrows(BenchFailure.class, () -> expected.verify(200, "{\"status\":\"ok\",\"checks\":{\"a\":\"ok\"},\"details\":{}}"));
        assertThrows(BenchFailure.class, () -> expected.verify(200,
                "{\"status\":\"ok\",\"checks\":{\"a\":\"ok\",\"b\":\"ok\",\"c\":\"ok\"},\"details\":{}}"));
        assertThrows(BenchFailure.class, () -> expected.verify(500,
                "{\"status\":\"error\",\"checks\":{\"a\":\"ok\",\"b\":\"error\"},\"details\":{}}"));
        assertThrows(BenchFailure.class, () -> expected.verify(200, "not json"));
    }

    @Test
    void healthUpWithExactlyTheChecks() {
        ExpectedBody expected = ExpectedBody.healthUp(CHECKS);
        assertDoesNotThrow(() -> expected.verify(200, "{\"status\":\"UP\",\"checks\":[{\"name\":\"b\",\"status\":\"UP\","
                + "\"data\":{}},{\"name\":\"a\",\"status\":\"UP\",\"data\":{}}]}"));
        assertThrows(BenchFailure.class, () -> expected.verify(503, "{\"status\":\"DOWN\",\"checks\":[{\"name\":\"a\","
                + "\"status\":\"DOWN\"},{\"name\":\"b\",\"status\":\"UP\"}]}"));
        assertThrows(BenchFailure.class, () -> expected.verify(200, "{\"status\":\"UP\",\"checks\":[]}"));
    }
}
