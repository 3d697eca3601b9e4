package dev.dockerflow.jakarta.internal.checks.migrations;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerflow.jakarta.internal.checks.database.ScenarioDataSource;
import dev.dockerflow.jakarta.internal.checks.database.ScratchDatabase;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * No Flyway bean: the check builds Flyway from {@code dockerflow.migrations.locations}, {@code .table}
 * and {@code .schemas}. The application's connections start in another schema (PostgreSQL's
 * {@code public}) than the one its migrations manage.
 */
class FlywaySettingsTest {

    @RegisterExtension
    @Order(1)
    static ScratchDatabase database = ScratchDatabase.postgres();

    @RegisterExtension
    @Order(2)
    static DockerflowApp app = ScenarioDataSource.on(ScratchDatabase.POSTGRES_ADMIN)
            .config("dockerflow.checks", "migrations")
            .config("dockerflow.migrations.locations", "classpath:db/migration")
            .config("dockerflow.migrations.table", "notes_history")
            .config("dockerflow.migrations.schemas", database.name());

    @BeforeAll
    static void migrate() {
        Flyway.configure().dataSource(database.dataSource(ScratchDatabase.POSTGRES_ADMIN)).schemas(database.name()).table("notes_history").target("2")
                .load().migrate();
    }

    @Test
    void usesTheSettings() {
        assertEquals(expected("""
                {'status': 'warning', 'checks': {'migrations': 'warning'},
                 'details': {'migrations': {'status': 'warning', 'level': 30,
                     'messages': {'dockerflow.health.W001': 'migration 3 (add notes index) is not applied'}}}}
                """), json(app.get("/__heartbeat__")));
    }
}
