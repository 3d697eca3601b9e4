package dev.dockerflow.jakarta.internal.checks.migrations;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * No data source to run Flyway on (no configuration, no bean, no naming context): the migrations check
 * says so as information, with the database check's reason, and the heartbeat passes.
 */
class NoDataSourceForMigrationsTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with()
            .config("dockerflow.heartbeat.details", "always").config("dockerflow.checks", "migrations");

    @Test
    void informs() {
        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(200, response.statusCode());
        assertEquals(expected("""
                {'status': 'info', 'checks': {'migrations': 'info'},
                 'details': {'migrations': {'status': 'info', 'level': 20, 'messages': {'dockerflow.health.I001':
                     'cannot check migrations: no data source at java:comp/DefaultDataSource: there is no JNDI naming context'}}}}
                """), json(response));
    }
}
