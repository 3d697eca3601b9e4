package dev.dockerflow.jakarta.internal.checks.database;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

import dev.dockerflow.jakarta.deployment.UpHealthCheck;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

/**
 * The built-in database check, on a reachable H2 database, beside a MicroProfile Health check that
 * answers {@code database}: the health check's name is learnt at the heartbeat, and both are listed,
 * the built-in one under {@code database}, each with the clash as an error naming both sources.
 */
class HealthCheckNamedDatabaseTest {

    @Test
    void bothAreListedWithTheClash() throws Exception {
        ScratchDatabase database = ScratchDatabase.of(ScratchDatabase.Engine.H2);
        database.create();
        DockerflowApp app = ScenarioDataSource.on(database.jdbcUrl(), DatabaseHealth.class)
                .config("dockerflow.checks", "database")
                .config("dockerflow.heartbeat.details", "always");
        app.start();
        try {
            HttpResponse<String> response = app.get("/__heartbeat__");

            String clash = "checks share the name database: built-in database check (shown as database),"
                    + " MicroProfile Health check " + DatabaseHealth.class.getName()
                    + " (readiness) (shown as database#2); give each check its own name";
            assertEquals(500, response.statusCode(), response.body());
            assertEquals(expected("""
                    {'status': 'error', 'checks': {'database': 'error', 'database#2': 'error'},
                     'details': {'database': {'status': 'error', 'level': 40,
                                              'messages': {'dockerflow.heartbeat.E004': 'CLASH'}},
                                 'database#2': {'status': 'error', 'level': 40,
                                                'messages': {'dockerflow.heartbeat.E004': 'CLASH'}}}}
                    """.replace("CLASH", clash)), json(response));
        } finally {
            app.stop();
            database.drop();
        }
    }

    @Readiness
    @ApplicationScoped
    static class DatabaseHealth extends UpHealthCheck {
        DatabaseHealth() {
            super("database");
        }
    }
}
