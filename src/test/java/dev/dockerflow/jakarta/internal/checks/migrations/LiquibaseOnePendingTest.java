package dev.dockerflow.jakarta.internal.checks.migrations;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

import dev.dockerflow.jakarta.internal.checks.database.ScenarioDataSource;
import dev.dockerflow.jakarta.internal.checks.database.ScratchDatabase;
import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Liquibase, one change set not run (PostgreSQL, two of three applied): one
 * {@value MessageIds#MIGRATION_NOT_APPLIED} warning naming it by id, author and file.
 */
class LiquibaseOnePendingTest {

    @RegisterExtension
    @Order(1)
    static ScratchDatabase database = ScratchDatabase.postgres().then(Migrate.liquibase(2));

    @RegisterExtension
    @Order(2)
    static DockerflowApp app = ScenarioDataSource.on(database.jdbcUrl())
            .config("dockerflow.checks", "migrations")
            .config("dockerflow.migrations.liquibase.changelog", Migrate.CHANGELOG);

    @Test
    void warnsOfTheUnrunChangeSet() {
        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(500, response.statusCode());
        assertEquals(expected("""
                {'status': 'warning', 'checks': {'migrations': 'warning'},
                 'details': {'migrations': {'status': 'warning', 'level': 30, 'messages': {'dockerflow.health.W001':
                     'change set add-notes-index by alice in db/changelog/notes.xml is not applied'}}}}
                """), json(response));
    }
}
