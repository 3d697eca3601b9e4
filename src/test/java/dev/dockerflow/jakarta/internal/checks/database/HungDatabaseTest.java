package dev.dockerflow.jakarta.internal.checks.database;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import java.util.logging.LogRecord;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.LogCapture;
import dev.dockerflow.jakarta.testing.TcpFaultProxy;
import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The database accepts connections and never answers, and the driver has no timeout of its own: the
 * heartbeat still answers at its timeout, the check reported as timed out, however many heartbeats
 * ask. When the server comes back (its hung connections end) the same deployment is ok again.
 */
class HungDatabaseTest {

    static final long TIMEOUT_MILLIS = 300;

    @RegisterExtension
    @Order(1)
    static ScratchDatabase database = ScratchDatabase.postgres();

    static final TcpFaultProxy PROXY = database.proxy(TcpFaultProxy.Mode.HANG);

    @RegisterExtension
    @Order(2)
    static DockerflowApp app = ScenarioDataSource.on(database.jdbcUrlVia(PROXY))
            .config("dockerflow.checks", "database")
            .config("dockerflow.heartbeat.timeout", Long.toString(TIMEOUT_MILLIS));

    @RegisterExtension
    LogCapture logs = LogCapture.of("dockerflow.heartbeat");

    @Test
    void answersAtTheTimeoutAndRecovers() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            TimedHeartbeat hung = TimedHeartbeat.of(app).answeredWithin(TIMEOUT_MILLIS);
            assertEquals(500, hung.status());
            assertEquals(expected("""
                    {'status': 'error', 'checks': {'database': 'error'},
                     'details': {'database': {'status': 'error', 'level': 40,
                                              'messages': {'dockerflow.heartbeat.E001': 'timed out after 300 ms'}}}}
                    """), hung.json());
        }

        List<LogRecord> before = logs.records();
        PROXY.mode(TcpFaultProxy.Mode.FORWARD);
        // The run still in flight ends once its connection does; until then a heartbeat would wait for it.
        Predicate<LogRecord> runEnded = record -> !before.contains(record)
                && "Check {0} took {1} ms (timeout {2} ms)".equals(record.getMessage());
        assertTrue(logs.awaitRecord(runEnded, 10), "the hung check never ended");

        TimedHeartbeat up = TimedHeartbeat.of(app).answeredWithin(TIMEOUT_MILLIS);
        assertEquals(expected("{'status': 'ok', 'checks': {'database': 'ok'}, 'details': {}}"), up.json());
    }
}
