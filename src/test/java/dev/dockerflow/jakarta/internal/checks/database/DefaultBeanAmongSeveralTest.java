package dev.dockerflow.jakarta.internal.checks.database;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.sql.DataSource;

import dev.dockerflow.jakarta.internal.checks.database.DataSourceQualifiers.Reports;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Several DataSource beans, one of them {@code @Default}: the check looks at that one, the data source
 * {@code @Inject DataSource} gives the application (the other one's database is down here).
 */
class DefaultBeanAmongSeveralTest {

    static final String DOWN = ScratchDatabase.downPostgres();

    @RegisterExtension
    @Order(1)
    static ScratchDatabase postgres = ScratchDatabase.postgres();

    @RegisterExtension
    @Order(2)
    static DockerflowApp app = DockerflowApp.with(Producers.class)
            .config("dockerflow.heartbeat.details", "always").config("dockerflow.checks", "database");

    @Test
    void checksTheDefaultBean() {
        assertEquals(expected("{'status': 'ok', 'checks': {'database': 'ok'}, 'details': {}}"),
                json(app.get("/__heartbeat__")));
    }

    @ApplicationScoped
    static class Producers {
        @Produces
        DataSource notes() {
            return postgres.dataSource();
        }

        @Produces
        @Reports
        DataSource reports() {
            return postgres.dataSource(DOWN);
        }
    }
}
