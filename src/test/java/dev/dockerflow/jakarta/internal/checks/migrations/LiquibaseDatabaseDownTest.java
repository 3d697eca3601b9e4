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
 * Liquibase cannot reach the database: {@value MessageIds#MIGRATIONS_CANNOT_CHECK} information, and the
 * heartbeat passes. Once the database answers, the same deployment reports the unrun change sets.
 */
class LiquibaseDatabaseDownTest {

    static final long TIMEOUT_MILLIS = 2000;

    @RegisterExtension
    @Order(1)
    static ScratchDatabase database = ScratchDatabase.mariadb();

    static final TcpFaultProxy PROXY = database.proxy(TcpFaultProxy.Mode.REFUSE);

    @RegisterExtension
    @Order(2)
    static DockerflowApp app = ScenarioDataSource.on(database.jdbcUrlVia(PROXY))
            .config("dockerflow.checks", "migrations")
            .config("dockerflow.heartbeat.timeout", Long.toString(TIMEOUT_MILLIS))
            .config("dockerflow.migrations.liquibase.changelog", Migrate.CHANGELOG);

    @Test
    void informsThenWarns() {
        TimedHeartbeat down = TimedHeartbeat.of(app).answeredWithin(TIMEOUT_MILLIS);
        assertEquals(200, down.status());
        assertEquals(expected("""
                {'status': 'info', 'checks': {'migrations': 'info'},
                 'details': {'migrations': {'status': 'info', 'level': 20, 'messages': {'dockerflow.health.I001':
                     'cannot check migrations: Liquibase failed: Socket fail to connect to 127.0.0.1:PORT. Connection refused'}}}}
                """.replace("PORT", Integer.toString(PROXY.port()))), down.json());

        PROXY.mode(TcpFaultProxy.Mode.FORWARD);

        assertEquals(expected("""
                {'status': 'warning', 'checks': {'migrations': 'warning'},
                 'details': {'migrations': {'status': 'warning', 'level': 30, 'messages': {'dockerflow.health.W001':
                     'change set create-notes by alice in db/changelog/notes.xml is not applied; change set add-notes-title by bob in db/changelog/notes.xml is not applied; change set add-notes-index by alice in db/changelog/notes.xml is not applied'}}}}
                """), TimedHeartbeat.of(app).answeredWithin(TIMEOUT_MILLIS).json());
    }
}
