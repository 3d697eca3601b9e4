package dev.dockerflow.jakarta.internal.checks.migrations;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.dockerflow.jakarta.internal.checks.database.ScenarioDataSource;
import dev.dockerflow.jakarta.internal.checks.database.ScratchDatabase;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The application runs its own Liquibase update while heartbeats keep asking the check, which empties
 * Liquibase's registry of databases after each look, as Liquibase's own commands do when they end
 * (PostgreSQL): the update still records each change set once and in order, and the check then says ok.
 */
class LiquibaseAlongsideApplicationTest {

    @RegisterExtension
    @Order(1)
    static ScratchDatabase database = ScratchDatabase.postgres();

    @RegisterExtension
    @Order(2)
    static DockerflowApp app = ScenarioDataSource.on(database.jdbcUrl())
            .config("dockerflow.checks", "migrations")
            .config("dockerflow.migrations.liquibase.changelog", Migrate.CHANGELOG);

    @Test
    void theApplicationsUpdateIsRecordedWhileHeartbeatsRun() throws Exception {
        app.get("/__heartbeat__");
        AtomicBoolean migrating = new AtomicBoolean(true);
        CompletableFuture<Void> heartbeats = CompletableFuture.runAsync(() -> {
            while (migrating.get()) {
                app.get("/__heartbeat__");
            }
        });
        try {
            Migrate.liquibase(database.dataSource(), 3);
        } finally {
            migrating.set(false);
        }
        heartbeats.get(30, TimeUnit.SECONDS);

        assertEquals(List.of("create-notes 1", "add-notes-title 2", "add-notes-index 3"), recorded());
        assertEquals(expected("{'status': 'ok', 'checks': {'migrations': 'ok'}, 'details': {}}"),
                json(app.get("/__heartbeat__")));
    }

    private static List<String> recorded() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "select id, orderexecuted from databasechangelog order by orderexecuted")) {
            while (result.next()) {
                rows.add(result.getString(1) + " " + result.getInt(2));
            }
        }
        return rows;
    }
}
