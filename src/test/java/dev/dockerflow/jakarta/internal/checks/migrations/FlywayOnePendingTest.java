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
 * Flyway, one migration not applied (MariaDB, migrated up to version 2): one
 * {@value MessageIds#MIGRATION_NOT_APPLIED} warning naming it by version and description.
 */
class FlywayOnePendingTest {

    @RegisterExtension
    @Order(1)
    static ScratchDatabase database = ScratchDatabase.mariadb().then(Migrate.flyway("2"));

    @RegisterExtension
    @Order(2)
    static DockerflowApp app = ScenarioDataSource.on(database.jdbcUrl()).config("dockerflow.checks", "migrations");

    @Test
    void warnsOfThePendingMigration() {
        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(500, response.statusCode());
        assertEquals(expected("""
                {'status': 'warning', 'checks': {'migrations': 'warning'},
                 'details': {'migrations': {'status': 'warning', 'level': 30,
                     'messages': {'dockerflow.health.W001': 'migration 3 (add notes index) is not applied'}}}}
                """), json(response));
    }
}
