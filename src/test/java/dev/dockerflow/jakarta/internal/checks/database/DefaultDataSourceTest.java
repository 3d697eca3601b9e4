package dev.dockerflow.jakarta.internal.checks.database;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** No configuration and no DataSource bean: the check looks at the platform's java:comp/DefaultDataSource. */
class DefaultDataSourceTest {

    @RegisterExtension
    @Order(1)
    static ScratchDatabase postgres = ScratchDatabase.postgres();

    @RegisterExtension
    @Order(2)
    static TestNaming naming = TestNaming.empty().bind("java:comp/DefaultDataSource", postgres.dataSource());

    @RegisterExtension
    @Order(3)
    static DockerflowApp app = DockerflowApp.with()
            .config("dockerflow.heartbeat.details", "always").config("dockerflow.checks", "database");

    @Test
    void checksTheDefaultDataSource() {
        assertEquals(expected("{'status': 'ok', 'checks': {'database': 'ok'}, 'details': {}}"),
                json(app.get("/__heartbeat__")));
    }
}
