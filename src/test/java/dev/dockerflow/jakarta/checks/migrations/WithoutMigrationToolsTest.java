package dev.dockerflow.jakarta.checks.migrations;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Flyway and Liquibase are optional: an application without one or both deploys and runs, and the
 * migrations check tells why it cannot check, as {@value MigrationMessageIds#CANNOT_CHECK} information.
 *
 * <p>The application is deployed (Weld, Jersey, the library, an H2 data source) in a class loader that
 * does not have the hidden tools' jars ({@link HidingClassLoader}), so the CDI container inspects the
 * library's beans, and the check runs, exactly as they would in such an application: a bean that named
 * a tool's type in a field, signature or annotation would fail the deployment, and code that used one
 * before checking for it would fail with {@code NoClassDefFoundError}.
 */
class WithoutMigrationToolsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "flyway-,liquibase- | org.flywaydb.,liquibase. |                        | neither Flyway nor Liquibase is on the class path",
        "flyway-            | org.flywaydb.            |                        | Liquibase is on the class path, but dockerflow.migrations.liquibase.changelog is not set",
        "liquibase-         | liquibase.               | db/changelog/notes.xml | dockerflow.migrations.liquibase.changelog is set, but Liquibase is not on the class path",
    })
    void deploysAndSaysWhyItCannotCheck(String jars, String packages, String changelog, String why) throws Exception {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("dockerflow.checks", "database, migrations");
        if (changelog != null) {
            config.put("dockerflow.migrations.liquibase.changelog", changelog);
        }
        List<String> hidden = List.of(packages.split(","));

        String body;
        try (HidingClassLoader loader = new HidingClassLoader(List.of(jars.split(",")), hidden)) {
            for (String tool : List.of("org.flywaydb.core.Flyway", "liquibase.Liquibase")) {
                if (hidden.stream().anyMatch(tool::startsWith)) {
                    assertThrows(ClassNotFoundException.class, () -> Class.forName(tool, false, loader));
                }
            }
            body = runIn(loader, config);
        }

        assertEquals(expected("""
                {'status': 'info', 'checks': {'database': 'ok', 'migrations': 'info'},
                 'details': {'migrations': {'status': 'info', 'level': 20,
                     'messages': {'dockerflow.health.I001': 'cannot check migrations: WHY'}}}}
                """.replace("WHY", why)), parse(body));
    }

    @SuppressWarnings("unchecked")
    private static String runIn(ClassLoader loader, Map<String, String> config) throws ReflectiveOperationException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // As an application server does for a deployment: its class loader is the context class loader.
        thread.setContextClassLoader(loader);
        try {
            Function<Map<String, String>, String> application = (Function<Map<String, String>, String>) loader
                    .loadClass(IsolatedApplication.class.getName()).getConstructor().newInstance();
            return application.apply(config);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static JsonObject parse(String body) throws IOException {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
