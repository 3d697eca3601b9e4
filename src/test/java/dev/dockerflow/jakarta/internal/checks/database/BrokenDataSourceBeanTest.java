package dev.dockerflow.jakarta.internal.checks.database;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;

import javax.sql.DataSource;

import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.LogCapture;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The application's DataSource bean cannot be created: a pool configured with a JDBC URL no driver
 * takes, a password in it. The check reports {@value MessageIds#DATABASE_MISCONFIGURED} with the pool's
 * own message, the password masked in the heartbeat and in the library's log of it.
 */
class BrokenDataSourceBeanTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(Producer.class)
            .config("dockerflow.heartbeat.details", "always").config("dockerflow.checks", "database");

    @RegisterExtension
    LogCapture logs = LogCapture.of("dockerflow.heartbeat");

    @Test
    void reportsTheBeanWithoutThePassword() {
        HttpResponse<String> response = app.get("/__heartbeat__");

        assertEquals(expected("""
                {'status': 'error', 'checks': {'database': 'error'},
                 'details': {'database': {'status': 'error', 'level': 40, 'messages': {'dockerflow.health.E003':
                     'the application\\u0027s DataSource bean Producer could not be created: Failed to get driver instance for jdbcUrl=jdbc:nosuch://db.example/notes?user=notes&password=***; caused by: No suitable driver'}}}}
                """), json(response));
        assertFalse(response.body().contains("hunter2"), response.body());
        assertEquals(java.util.List.of(), logs.mozlogLines().stream().filter(line -> line.contains("hunter2")).toList());
    }

    @ApplicationScoped
    static class Producer {
        @Produces
        DataSource dataSource() {
            return Pools.hikari("broken", "jdbc:nosuch://db.example/notes?user=notes&password=hunter2", config -> { });
        }
    }
}
