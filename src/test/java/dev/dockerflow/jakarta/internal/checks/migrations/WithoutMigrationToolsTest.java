package dev.dockerflow.jakarta.internal.checks.migrations;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import java.util.List;

import dev.dockerflow.jakarta.internal.checks.database.ScenarioDataSource;
import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.WithoutLibraries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Flyway and Liquibase are optional: an application without one or both deploys and runs, and the
 * migrations check tells why it cannot check, as {@value MessageIds#MIGRATIONS_CANNOT_CHECK} information.
 *
 * <p>The application (the library and an H2 data source) is deployed in a class loader that does not
 * have the hidden tools' jars ({@link WithoutLibraries}), so the CDI container inspects the library's
 * beans, and the check runs, exactly as they would in such an application.
 */
class WithoutMigrationToolsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "org.flywaydb.,liquibase. |                        | neither Flyway nor Liquibase is on the class path",
        "org.flywaydb.            |                        | Liquibase is on the class path, but dockerflow.migrations.liquibase.changelog is not set",
        "liquibase.               | db/changelog/notes.xml | dockerflow.migrations.liquibase.changelog is set, but Liquibase is not on the class path",
    })
    void deploysAndSaysWhyItCannotCheck(String packages, String changelog, String why) throws Exception {
        List<String> hidden = List.of(packages.split(","));
        DockerflowApp app = ScenarioDataSource.on("jdbc:h2:mem:isolated").config("dockerflow.checks", "database, migrations");
        if (changelog != null) {
            app.config("dockerflow.migrations.liquibase.changelog", changelog);
        }

        HttpResponse<String> heartbeat;
        try (WithoutLibraries application = WithoutLibraries.hiding(hidden.toArray(String[]::new))) {
            for (String tool : List.of("org.flywaydb.core.Flyway", "liquibase.Liquibase")) {
                if (hidden.stream().anyMatch(tool::startsWith)) {
                    assertFalse(application.sees(tool), tool);
                }
            }
            heartbeat = application.heartbeat(app);
        }

        assertEquals(expected("""
                {'status': 'info', 'checks': {'database': 'ok', 'migrations': 'info'},
                 'details': {'migrations': {'status': 'info', 'level': 20,
                     'messages': {'dockerflow.health.I001': 'cannot check migrations: WHY'}}}}
                """.replace("WHY", why)), json(heartbeat));
    }
}
