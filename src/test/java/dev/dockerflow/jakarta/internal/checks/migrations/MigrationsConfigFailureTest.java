package dev.dockerflow.jakarta.internal.checks.migrations;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A {@code dockerflow.migrations.*} value the tool cannot use fails the deployment, with a message naming
 * the key and the value, when {@code dockerflow.checks} names the migrations check.
 */
class MigrationsConfigFailureTest {

    private DockerflowApp app;

    @AfterEach
    void stop() {
        app.stop();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '=', value = {
        "dockerflow.migrations.liquibase.changelog=db/changelog/missing.xml",
        "dockerflow.migrations.liquibase.changelog=db/broken/changelog.xml",
        "dockerflow.migrations.locations=nowhere:db/migration",
    })
    void anUnusableValueFailsStartUp(String key, String value) {
        app = DockerflowApp.with().config("dockerflow.checks", "migrations").config(key, value);

        RuntimeException failure = assertThrows(RuntimeException.class, app::start);

        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        assertTrue(messages.toString().contains("Invalid Dockerflow configuration: " + key + "=" + value), messages.toString());
    }
}
