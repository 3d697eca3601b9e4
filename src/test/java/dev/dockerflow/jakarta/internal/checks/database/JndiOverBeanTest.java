package dev.dockerflow.jakarta.internal.checks.database;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One JNDI name in {@code dockerflow.database.datasource} is checked as {@code database}, and it takes
 * precedence over the application's DataSource bean (here one whose database is down, which the check
 * would report if it looked at it).
 */
class JndiOverBeanTest {

    @RegisterExtension
    @Order(1)
    static ScratchDatabase mariadb = ScratchDatabase.mariadb();

    @RegisterExtension
    @Order(2)
    static TestNaming naming = TestNaming.empty().bind("java:app/jdbc/Notes", mariadb.dataSource());

    @RegisterExtension
    @Order(3)
    static DockerflowApp app = ScenarioDataSource.on(ScratchDatabase.downPostgres())
            .config("dockerflow.checks", "database")
            .config("dockerflow.database.datasource", "java:app/jdbc/Notes");

    @Test
    void checksTheNamedDataSource() {
        assertEquals(expected("{'status': 'ok', 'checks': {'database': 'ok'}, 'details': {}}"),
                json(app.get("/__heartbeat__")));
    }
}
