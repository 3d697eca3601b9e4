package dev.dockerflow.jakarta.internal.checks.migrations;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
 * Liquibase, nothing run yet (H2): one {@value MessageIds#MIGRATION_NOT_APPLIED} warning per change set,
 * all logged (the body shows the last). The check writes nothing (Liquibase's tables are still
 * missing), and once the application migrates, the same deployment is ok.
 */
class LiquibaseSeveralPendingTest {

    @RegisterExtension
    @Order(1)
    static ScratchDatabase database = ScratchDatabase.h2();

    @RegisterExtension
    @Order(2)
    static DockerflowApp app = ScenarioDataSource.on(database.jdbcUrl())
            .config("dockerflow.checks", "migrations")
            .config("dockerflow.migrations.liquibase.changelog", Migrate.CHANGELOG);

    @RegisterExtension
    LogCapture logs = LogCapture.of("dockerflow.heartbeat");

    @Test
    void warnsOfEachUnrunChangeSet() throws Exception {
        assertEquals(expected("""
                {'status': 'warning', 'checks': {'migrations': 'warning'},
                 'details': {'migrations': {'status': 'warning', 'level': 30, 'messages': {'dockerflow.health.W001':
                     'change set create-notes by alice in db/changelog/notes.xml is not applied; change set add-notes-title by bob in db/changelog/notes.xml is not applied; change set add-notes-index by alice in db/changelog/notes.xml is not applied'}}}}
                """), json(app.get("/__heartbeat__")));
        assertEquals(List.of(
                "dockerflow.health.W001: change set create-notes by alice in db/changelog/notes.xml is not applied",
                "dockerflow.health.W001: change set add-notes-title by bob in db/changelog/notes.xml is not applied",
                "dockerflow.health.W001: change set add-notes-index by alice in db/changelog/notes.xml is not applied"),
                logs.messages(Level.WARNING).stream().filter(line -> line.startsWith("dockerflow.health.")).toList());
        assertFalse(database.hasTable("DATABASECHANGELOG"), "the check created Liquibase's table");
        assertFalse(database.hasTable("DATABASECHANGELOGLOCK"), "the check created Liquibase's lock table");

        Migrate.liquibase(database.dataSource(), 3);

        assertEquals(expected("{'status': 'ok', 'checks': {'migrations': 'ok'}, 'details': {}}"),
                json(app.get("/__heartbeat__")));
    }
}
