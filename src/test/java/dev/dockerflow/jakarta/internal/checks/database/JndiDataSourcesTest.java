package dev.dockerflow.jakarta.internal.checks.database;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code dockerflow.database.datasource} names several data sources by JNDI name: each is its own
 * check, {@code database:<name>}. One that is not bound is {@value MessageIds#DATABASE_MISCONFIGURED},
 * the others unaffected; once it is bound, the same deployment finds it.
 */
class JndiDataSourcesTest {

    @RegisterExtension
    @Order(1)
    static ScratchDatabase postgres = ScratchDatabase.postgres();

    @RegisterExtension
    @Order(2)
    static ScratchDatabase mariadb = ScratchDatabase.mariadb();

    @RegisterExtension
    @Order(3)
    static TestNaming naming = TestNaming.empty()
            .bind("java:app/jdbc/Notes", postgres.dataSource())
            .bind("java:app/jdbc/Reports", mariadb.dataSource());

    @RegisterExtension
    @Order(4)
    static DockerflowApp app = DockerflowApp.with()
            .config("dockerflow.heartbeat.details", "always")
            .config("dockerflow.checks", "database")
            .config("dockerflow.database.datasource", "java:app/jdbc/Notes, java:app/jdbc/Reports, java:app/jdbc/Archive");

    @Test
    void checksEachAndFindsOneBoundLater() {
        assertEquals(expected("""
                {'status': 'error',
                 'checks': {'database:java:app/jdbc/Archive': 'error', 'database:java:app/jdbc/Notes': 'ok',
                            'database:java:app/jdbc/Reports': 'ok'},
                 'details': {'database:java:app/jdbc/Archive': {'status': 'error', 'level': 40, 'messages': {
                     'dockerflow.health.E003': 'no data source at java:app/jdbc/Archive: the name is not bound'}}}}
                """), json(app.get("/__heartbeat__")));

        naming.bind("java:app/jdbc/Archive", postgres.dataSource());

        assertEquals(expected("""
                {'status': 'ok',
                 'checks': {'database:java:app/jdbc/Archive': 'ok', 'database:java:app/jdbc/Notes': 'ok',
                            'database:java:app/jdbc/Reports': 'ok'},
                 'details': {}}
                """), json(app.get("/__heartbeat__")));
    }
}
