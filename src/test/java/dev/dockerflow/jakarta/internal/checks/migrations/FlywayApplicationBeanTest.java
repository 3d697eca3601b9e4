package dev.dockerflow.jakarta.internal.checks.migrations;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerflow.jakarta.internal.checks.database.ScratchDatabase;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The application has a Flyway bean of its own (a history table of its choosing, its own data source,
 * no DataSource bean): the check asks that Flyway, and finds the one migration it has not applied.
 * Configured from the {@code dockerflow.migrations.*} defaults instead, it would have found no data
 * source, or, on this one, every migration pending in the default history table.
 */
class FlywayApplicationBeanTest {

    @RegisterExtension
    @Order(1)
    static ScratchDatabase database = ScratchDatabase.postgres();

    @RegisterExtension
    @Order(2)
    static DockerflowApp app = DockerflowApp.with(Producer.class)
            .config("dockerflow.heartbeat.details", "always").config("dockerflow.checks", "migrations");

    static FluentConfiguration notesFlyway() {
        return Flyway.configure().dataSource(database.dataSource()).table("notes_history");
    }

    @BeforeAll
    static void migrate() {
        notesFlyway().target("2").load().migrate();
    }

    @Test
    void asksTheApplicationsFlyway() {
        assertEquals(expected("""
                {'status': 'warning', 'checks': {'migrations': 'warning'},
                 'details': {'migrations': {'status': 'warning', 'level': 30,
                     'messages': {'dockerflow.health.W001': 'migration 3 (add notes index) is not applied'}}}}
                """), json(app.get("/__heartbeat__")));
    }

    @ApplicationScoped
    static class Producer {
        @Produces
        Flyway flyway() {
            return notesFlyway().load();
        }
    }
}
