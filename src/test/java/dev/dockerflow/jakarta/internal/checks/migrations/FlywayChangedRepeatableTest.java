package dev.dockerflow.jakarta.internal.checks.migrations;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.logging.Level;

import dev.dockerflow.jakarta.internal.checks.database.ScenarioDataSource;
import dev.dockerflow.jakarta.internal.checks.database.ScratchDatabase;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.LogCapture;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Flyway, a repeatable migration changed since it was applied (its recorded checksum no longer matches
 * the script, in H2): {@code migrate} would apply it again, so it is reported as not applied, once.
 */
class FlywayChangedRepeatableTest {

    @RegisterExtension
    @Order(1)
    static ScratchDatabase database = ScratchDatabase.h2()
            .then(Migrate.flyway("latest"))
            .then(db -> db.execute("update \"flyway_schema_history\" set \"checksum\" = 0 where \"version\" is null"));

    @RegisterExtension
    @Order(2)
    static DockerflowApp app = ScenarioDataSource.on(database.jdbcUrl()).config("dockerflow.checks", "migrations");

    @RegisterExtension
    LogCapture logs = LogCapture.of("dockerflow.heartbeat");

    @Test
    void warnsOfTheChangedRepeatableMigrationOnce() {
        assertEquals(expected("""
                {'status': 'warning', 'checks': {'migrations': 'warning'},
                 'details': {'migrations': {'status': 'warning', 'level': 30, 'messages': {'dockerflow.health.W001':
                     'repeatable migration (notes titles) is not applied'}}}}
                """), json(app.get("/__heartbeat__")));
        assertEquals(List.of("dockerflow.health.W001: repeatable migration (notes titles) is not applied"),
                logs.messages(Level.WARNING).stream().filter(line -> line.startsWith("dockerflow.health.")).toList());
    }
}
