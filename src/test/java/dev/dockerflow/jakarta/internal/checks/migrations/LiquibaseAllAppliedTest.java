package dev.dockerflow.jakarta.internal.checks.migrations;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.util.Map;

import dev.dockerflow.jakarta.internal.checks.database.ScenarioDataSource;
import dev.dockerflow.jakarta.internal.checks.database.ScratchDatabase;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Liquibase, every change set of the application's changelog applied (MariaDB): ok. Heartbeats leave
 * nothing behind in Liquibase's global registry of databases (which, left alone, would keep one entry
 * per heartbeat for as long as the application runs).
 */
class LiquibaseAllAppliedTest {

    @RegisterExtension
    @Order(1)
    static ScratchDatabase database = ScratchDatabase.mariadb().then(Migrate.liquibase(3));

    @RegisterExtension
    @Order(2)
    static DockerflowApp app = ScenarioDataSource.on(database.jdbcUrl())
            .config("dockerflow.checks", "migrations")
            .config("dockerflow.migrations.liquibase.changelog", Migrate.CHANGELOG);

    @Test
    void isOk() {
        assertEquals(expected("{'status': 'ok', 'checks': {'migrations': 'ok'}, 'details': {}}"),
                json(app.get("/__heartbeat__")));
    }

    @Test
    void keepsNothingPerHeartbeat() throws ReflectiveOperationException {
        app.get("/__heartbeat__");
        int before = historyServices();

        for (int i = 0; i < 20; i++) {
            app.get("/__heartbeat__");
        }

        assertEquals(before, historyServices(), "databases in Liquibase's registry");
    }

    private static int historyServices() throws ReflectiveOperationException {
        Field services = ChangeLogHistoryServiceFactory.class.getDeclaredField("services");
        services.setAccessible(true);
        ChangeLogHistoryServiceFactory factory = Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class);
        synchronized (factory) {
            return ((Map<?, ?>) services.get(factory)).size();
        }
    }
}
