package dev.dockerflow.jakarta.internal.checks.migrations;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;

import dev.dockerflow.jakarta.internal.checks.database.ScenarioDataSource;
import dev.dockerflow.jakarta.internal.checks.database.ScratchDatabase;
import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.LogCapture;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Flyway, nothing applied yet (H2): one {@value MessageIds#MIGRATION_NOT_APPLIED} warning per
 * migration, all logged; the body, whose messages are keyed by id as in python-dockerflow, shows the
 * last. The check writes nothing (Flyway's history table is still missing), and once the application
 * migrates, the same deployment is ok.
 */
class FlywaySeveralPendingTest {

    @RegisterExtension
    @Order(1)
    static ScratchDatabase database = ScratchDatabase.h2();

    @RegisterExtension
    @Order(2)
    static DockerflowApp app = ScenarioDataSource.on(database.jdbcUrl()).config("dockerflow.checks", "migrations");

    @RegisterExtension
    LogCapture logs = LogCapture.of("dockerflow.heartbeat");

    @Test
    void warnsOfEachPendingMigration() throws SQLException {
        assertEquals(expected("""
                {'status': 'warning', 'checks': {'migrations': 'warning'},
                 'details': {'migrations': {'status': 'warning', 'level': 30,
                     'messages': {'dockerflow.health.W001': 'migration 1 (create notes) is not applied; migration 2 (add notes title) is not applied; migration 3 (add notes index) is not applied; repeatable migration (notes titles) is not applied'}}}}
                """), json(app.get("/__heartbeat__")));
        assertEquals(List.of(
                "dockerflow.health.W001: migration 1 (create notes) is not applied",
                "dockerflow.health.W001: migration 2 (add notes title) is not applied",
                "dockerflow.health.W001: migration 3 (add notes index) is not applied",
                "dockerflow.health.W001: repeatable migration (notes titles) is not applied"),
                logs.messages(Level.WARNING).stream().filter(line -> line.startsWith("dockerflow.health.")).toList());
        assertFalse(database.hasTable("flyway_schema_history"), "the check created Flyway's history table");

        Migrate.flyway(database.dataSource(), "latest");

        assertEquals(expected("{'status': 'ok', 'checks': {'migrations': 'ok'}, 'details': {}}"),
                json(app.get("/__heartbeat__")));
    }
}
