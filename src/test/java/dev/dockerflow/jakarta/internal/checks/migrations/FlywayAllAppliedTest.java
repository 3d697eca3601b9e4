package dev.dockerflow.jakarta.internal.checks.migrations;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

import dev.dockerflow.jakarta.internal.checks.database.ScenarioDataSource;
import dev.dockerflow.jakarta.internal.checks.database.ScratchDatabase;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Flyway on the class path, no Flyway bean, every migration applied (PostgreSQL): the check, on the
 * application's data source with Flyway's default location, is ok.
 */
class FlywayAllAppliedTest {

    @RegisterExtension
    @Order(1)
    static ScratchDatabase database = ScratchDatabase.postgres().then(Migrate.flyway("latest"));

    @RegisterExtension
    @Order(2)
    static DockerflowApp app = ScenarioDataSource.on(database.jdbcUrl()).config("dockerflow.checks", "migrations");

    @Test
    void isOk() {
        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(200, response.statusCode());
        assertEquals(expected("{'status': 'ok', 'checks': {'migrations': 'ok'}, 'details': {}}"), json(response));
    }
}
