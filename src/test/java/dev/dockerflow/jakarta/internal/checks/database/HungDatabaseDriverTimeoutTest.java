package dev.dockerflow.jakarta.internal.checks.database;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.TcpFaultProxy;
import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The database hangs, and the driver's login timeout (1 s) is shorter than the heartbeat's (2 s): the
 * check itself reports {@value MessageIds#DATABASE_CANNOT_CONNECT} with the driver's message, and the
 * same deployment is ok once the database answers again.
 */
class HungDatabaseDriverTimeoutTest {

    static final long TIMEOUT_MILLIS = 2000;

    @RegisterExtension
    @Order(1)
    static ScratchDatabase database = ScratchDatabase.postgres();

    static final TcpFaultProxy PROXY = database.proxy(TcpFaultProxy.Mode.HANG);

    @RegisterExtension
    @Order(2)
    static DockerflowApp app = ScenarioDataSource.on(database.jdbcUrlVia(PROXY) + "&loginTimeout=1")
            .config("dockerflow.checks", "database")
            .config("dockerflow.heartbeat.timeout", Long.toString(TIMEOUT_MILLIS));

    @Test
    void reportsTheDriversTimeoutAndRecovers() {
        TimedHeartbeat hung = TimedHeartbeat.of(app).answeredWithin(TIMEOUT_MILLIS);
        assertEquals(500, hung.status());
        assertEquals(expected("""
                {'status': 'error', 'checks': {'database': 'error'},
                 'details': {'database': {'status': 'error', 'level': 40,
                                          'messages': {'dockerflow.health.E001': 'cannot connect to the database: Connection attempt timed out.'}}}}
                """), hung.json());

        PROXY.mode(TcpFaultProxy.Mode.FORWARD);

        TimedHeartbeat up = TimedHeartbeat.of(app).answeredWithin(TIMEOUT_MILLIS);
        assertEquals(expected("{'status': 'ok', 'checks': {'database': 'ok'}, 'details': {}}"), up.json());
    }
}
