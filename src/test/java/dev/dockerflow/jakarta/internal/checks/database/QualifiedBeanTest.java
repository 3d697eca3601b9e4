package dev.dockerflow.jakarta.internal.checks.database;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.sql.DataSource;

import dev.dockerflow.jakarta.internal.checks.database.DataSourceQualifiers.Notes;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The application's only DataSource bean is checked even when it carries a qualifier. */
class QualifiedBeanTest {

    @RegisterExtension
    @Order(1)
    static ScratchDatabase mariadb = ScratchDatabase.mariadb();

    @RegisterExtension
    @Order(2)
    static DockerflowApp app = DockerflowApp.with(Producer.class)
            .config("dockerflow.heartbeat.details", "always").config("dockerflow.checks", "database");

    @Test
    void checksTheOnlyBean() {
        assertEquals(expected("{'status': 'ok', 'checks': {'database': 'ok'}, 'details': {}}"),
                json(app.get("/__heartbeat__")));
    }

    @ApplicationScoped
    static class Producer {
        @Produces
        @Notes
        DataSource notes() {
            return mariadb.dataSource();
        }
    }
}
