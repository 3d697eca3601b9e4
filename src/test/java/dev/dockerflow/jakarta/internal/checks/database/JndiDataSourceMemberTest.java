package dev.dockerflow.jakarta.internal.checks.database;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code dockerflow.checks} may name one data source's check, {@code database:<JNDI name>}: only it runs. */
class JndiDataSourceMemberTest {

    @RegisterExtension
    @Order(1)
    static TestNaming naming = TestNaming.empty()
            .bind("java:app/jdbc/Notes", ScratchDatabase.h2().dataSource());

    @RegisterExtension
    @Order(2)
    static DockerflowApp app = DockerflowApp.with()
            .config("dockerflow.heartbeat.details", "always")
            .config("dockerflow.checks", "database:java:app/jdbc/Notes")
            .config("dockerflow.database.datasource", "java:app/jdbc/Notes, java:app/jdbc/Archive");

    @Test
    void runsOnlyTheNamedMember() {
        assertEquals(expected("{'status': 'ok', 'checks': {'database:java:app/jdbc/Notes': 'ok'}, 'details': {}}"),
                json(app.get("/__heartbeat__")));
    }
}
