package dev.dockerflow.jakarta.internal.checks.database;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.sql.SQLException;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The application's one DataSource bean, on a reachable PostgreSQL, MariaDB or H2 database: the
 * check is ok, named {@code database}.
 */
class ReachableDatabaseTest {

    @ParameterizedTest
    @EnumSource(ScratchDatabase.Engine.class)
    void isOk(ScratchDatabase.Engine engine) throws SQLException {
        ScratchDatabase database = ScratchDatabase.of(engine);
        database.create();
        DockerflowApp app = ScenarioDataSource.on(database.jdbcUrl()).config("dockerflow.checks", "database");
        app.start();
        try {
            HttpResponse<String> response = app.get("/__heartbeat__");

            assertEquals(200, response.statusCode());
            assertEquals(expected("{'status': 'ok', 'checks': {'database': 'ok'}, 'details': {}}"), json(response));
        } finally {
            app.stop();
            database.drop();
        }
    }
}
