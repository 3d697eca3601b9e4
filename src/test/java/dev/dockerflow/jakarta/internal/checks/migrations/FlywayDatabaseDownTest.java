package dev.dockerflow.jakarta.internal.checks.migrations;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerflow.jakarta.internal.checks.database.ScenarioDataSource;
import dev.dockerflow.jakarta.internal.checks.database.ScratchDatabase;
import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.TcpFaultProxy;
import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Flyway cannot reach the database: {@value MessageIds#MIGRATIONS_CANNOT_CHECK} information, not an error,
 * so the heartbeat passes (the database check is the one that fails for this). Once the database
 * answers, the same deployment reports the migrations it has not applied.
 */
class FlywayDatabaseDownTest {

    static final long TIMEOUT_MILLIS = 2000;

    @RegisterExtension
    @Order(1)
    static ScratchDatabase database = ScratchDatabase.postgres();

    static final TcpFaultProxy PROXY = database.proxy(TcpFaultProxy.Mode.REFUSE);

    @RegisterExtension
    @Order(2)
    static DockerflowApp app = ScenarioDataSource.on(database.jdbcUrlVia(PROXY))
            .config("dockerflow.checks", "migrations")
            .config("dockerflow.heartbeat.timeout", Long.toString(TIMEOUT_MILLIS));

    @Test
    void informsThenWarns() {
        TimedHeartbeat down = TimedHeartbeat.of(app).answeredWithin(TIMEOUT_MILLIS);
        assertEquals(200, down.status());
        assertEquals(expected("""
                {'status': 'info', 'checks': {'migrations': 'info'},
                 'details': {'migrations': {'status': 'info', 'level': 20, 'messages': {'dockerflow.health.I001':
                     'cannot check migrations: Flyway failed: Unable to obtain connection from database: Connection to 127.0.0.1:PORT refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.; caused by: Connection refused'}}}}
                """.replace("PORT", Integer.toString(PROXY.port()))), down.json());

        PROXY.mode(TcpFaultProxy.Mode.FORWARD);

        assertEquals(expected("""
                {'status': 'warning', 'checks': {'migrations': 'warning'},
                 'details': {'migrations': {'status': 'warning', 'level': 30,
                     'messages': {'dockerflow.health.W001': 'migration 1 (create notes) is not applied; migration 2 (add notes title) is not applied; migration 3 (add notes index) is not applied; repeatable migration (notes titles) is not applied'}}}}
                """), TimedHeartbeat.of(app).answeredWithin(TIMEOUT_MILLIS).json());
    }
}
