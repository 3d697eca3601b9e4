package dev.dockerflow.jakarta.internal.checks.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.logging.Level;

import dev.dockerflow.jakarta.internal.checks.database.ScenarioDataSource;
import dev.dockerflow.jakarta.internal.checks.database.ScratchDatabase;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.LogCapture;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An application with both a Flyway bean and a Liquibase changelog (each migrated but for its last
 * step, in H2): the check asks both and reports what each has not applied.
 */
class FlywayAndLiquibaseTest {

    @RegisterExtension
    @Order(1)
    static ScratchDatabase database = ScratchDatabase.h2();

    @RegisterExtension
    @Order(2)
    static DockerflowApp app = ScenarioDataSource.on(database.jdbcUrl(), Producer.class)
            .config("dockerflow.checks", "migrations")
            .config("dockerflow.migrations.liquibase.changelog", Migrate.CHANGELOG);

    @RegisterExtension
    LogCapture logs = LogCapture.of("dockerflow.heartbeat");

    @BeforeAll
    static void migrate() throws Exception {
        // The two tools' notes tables would collide: Flyway's migrations run in a schema of their own.
        database.execute("create schema flyway");
        Producer.flyway().target("2").load().migrate();
        Migrate.liquibase(database.dataSource(), 2);
    }

    @Test
    void reportsBoth() {
        assertEquals(500, app.get("/__heartbeat__").statusCode());
        assertEquals(List.of(
                "dockerflow.health.W001: migration 3 (add notes index) is not applied",
                "dockerflow.health.W001: change set add-notes-index by alice in db/changelog/notes.xml is not applied"),
                logs.messages(Level.WARNING).stream().filter(line -> line.startsWith("dockerflow.health.")).toList());
    }

    @ApplicationScoped
    static class Producer {
        static org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
            return Flyway.configure().dataSource(database.dataSource()).schemas("FLYWAY");
        }

        @Produces
        Flyway applicationFlyway() {
            return flyway().load();
        }
    }
}
