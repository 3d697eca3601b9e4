package dev.dockerflow.jakarta.internal.checks.database;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Nothing to check: no configuration, no DataSource bean, and no naming context in which to find the
 * platform's default data source. The application deploys (an unsatisfied DataSource is no
 * deployment problem), and the check reports {@value MessageIds#DATABASE_MISCONFIGURED} with a hint.
 */
class NoDataSourceTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with()
            .config("dockerflow.heartbeat.details", "always").config("dockerflow.checks", "database");

    @Test
    void reportsTheMissingDataSource() {
        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(500, response.statusCode());
        assertEquals(expected("""
                {'status': 'error', 'checks': {'database': 'error'},
                 'details': {'database': {'status': 'error', 'level': 40, 'messages': {'dockerflow.health.E003':
                     'no data source at java:comp/DefaultDataSource: there is no JNDI naming context HINT: set dockerflow.database.datasource to the JNDI name of the application\\u0027s data source, or produce a javax.sql.DataSource bean'}}}}
                """), json(response));
    }
}
