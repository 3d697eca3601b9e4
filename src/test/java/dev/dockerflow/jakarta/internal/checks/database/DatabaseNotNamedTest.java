package dev.dockerflow.jakarta.internal.checks.database;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import dev.dockerflow.jakarta.deployment.OkCheck;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The database check is built in: it runs only when {@code dockerflow.checks} names it. Unnamed, it
 * neither runs nor creates the application's DataSource.
 */
class DatabaseNotNamedTest {

    static final AtomicInteger CREATED = new AtomicInteger();

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(Producer.class, OkCheck.class)
            .config("dockerflow.heartbeat.details", "always");

    @Test
    void doesNotRun() {
        assertEquals(expected("{'status': 'ok', 'checks': {'ok_check': 'ok'}, 'details': {}}"),
                json(app.get("/__heartbeat__")));
        assertEquals(0, CREATED.get(), "DataSource beans created");
    }

    @ApplicationScoped
    static class Producer {
        @Produces
        DataSource dataSource() {
            CREATED.incrementAndGet();
            return ScratchDatabase.h2().dataSource();
        }
    }
}
