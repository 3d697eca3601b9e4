package dev.dockerflow.jakarta.internal.checks.database;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.sql.DataSource;

import dev.dockerflow.jakarta.internal.checks.database.DataSourceQualifiers.Notes;
import dev.dockerflow.jakarta.internal.checks.database.DataSourceQualifiers.Reports;
import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two DataSource beans, neither {@code @Default} (a bean with only {@code @Named} would be): the check does not guess which one matters, nor falls
 * back to the platform's default data source (which might be healthy while both are down); it reports
 * {@value MessageIds#DATABASE_MISCONFIGURED}, naming the beans.
 */
class AmbiguousDataSourceBeansTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(Producers.class)
            .config("dockerflow.heartbeat.details", "always").config("dockerflow.checks", "database");

    @Test
    void reportsTheAmbiguity() {
        assertEquals(expected("""
                {'status': 'error', 'checks': {'database': 'error'},
                 'details': {'database': {'status': 'error', 'level': 40, 'messages': {'dockerflow.health.E003':
                     'cannot tell which data source to check: the application has 2 DataSource beans (@Notes Producers, @Reports Producers) and none is @Default HINT: name the data sources to check by their JNDI names in dockerflow.database.datasource, or make one of the beans @Default'}}}}
                """), json(app.get("/__heartbeat__")));
    }

    @ApplicationScoped
    static class Producers {
        @Produces
        @Notes
        DataSource notes() {
            return ScratchDatabase.h2().dataSource();
        }

        @Produces
        @Reports
        DataSource reports() {
            return ScratchDatabase.h2().dataSource();
        }
    }
}
