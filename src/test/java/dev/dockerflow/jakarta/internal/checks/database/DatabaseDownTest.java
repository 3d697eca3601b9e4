package dev.dockerflow.jakarta.internal.checks.database;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.TcpFaultProxy;
import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Nothing listens on the database's port: {@value MessageIds#DATABASE_CANNOT_CONNECT} with the driver's
 * message, well before the timeout. When PostgreSQL answers on that port again the same deployment is
 * ok, and when it goes away again, in error again.
 */
class DatabaseDownTest {

    static final long TIMEOUT_MILLIS = 300;

    @RegisterExtension
    @Order(1)
    static ScratchDatabase database = ScratchDatabase.postgres();

    static final TcpFaultProxy PROXY = database.proxy(TcpFaultProxy.Mode.REFUSE);

    @RegisterExtension
    @Order(2)
    static DockerflowApp app = ScenarioDataSource.on(database.jdbcUrlVia(PROXY))
            .config("dockerflow.checks", "database")
            .config("dockerflow.heartbeat.timeout", Long.toString(TIMEOUT_MILLIS));

    @Test
    void reportsAndRecovers() {
        assertRefused(TimedHeartbeat.of(app).answeredWithin(TIMEOUT_MILLIS));

        PROXY.mode(TcpFaultProxy.Mode.FORWARD);
        TimedHeartbeat up = TimedHeartbeat.of(app).answeredWithin(TIMEOUT_MILLIS);
        assertEquals(200, up.status());
        assertEquals(expected("{'status': 'ok', 'checks': {'database': 'ok'}, 'details': {}}"), up.json());

        PROXY.mode(TcpFaultProxy.Mode.REFUSE);
        assertRefused(TimedHeartbeat.of(app).answeredWithin(TIMEOUT_MILLIS));
    }

    private static void assertRefused(TimedHeartbeat heartbeat) {
        assertEquals(500, heartbeat.status());
        JsonObject expected = expected("""
                {'status': 'error', 'checks': {'database': 'error'},
                 'details': {'database': {'status': 'error', 'level': 40, 'messages': {'dockerflow.health.E001':
                     'cannot connect to the database: Connection to 127.0.0.1:PORT refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.; caused by: Connection refused'}}}}
                """.replace("PORT", Integer.toString(PROXY.port())));
        assertEquals(expected, heartbeat.json());
    }
}
