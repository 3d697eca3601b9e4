package dev.dockerflow.jakarta.internal.checks.migrations;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.inject.spi.DeploymentException;
import org.eclipse.microprofile.config.Config;

/**
 * The {@code dockerflow.migrations.*} configuration keys.
 *
 * <p>For Flyway, when the application has no {@code Flyway} bean of its own:
 * <ul>
 * <li>{@value #LOCATIONS}: where the migrations are, comma-separated Flyway locations; default
 *     {@value #DEFAULT_LOCATION}, as Flyway's own default;</li>
 * <li>{@value #TABLE}: Flyway's schema history table; default {@value #DEFAULT_TABLE};</li>
 * <li>{@value #SCHEMAS}: the schemas Flyway manages, comma-separated, the first holding the history
 *     table; default none, which means the connection's current schema.</li>
 * </ul>
 * <p>For Liquibase: {@value #CHANGELOG}, the class path resource of the application's root changelog
 * (for example {@code db/changelog/db.changelog-master.xml}); no default.
 *
 * @param locations the Flyway locations
 * @param table the Flyway history table
 * @param schemas the Flyway schemas, empty for the connection's
 * @param changelog the Liquibase changelog, when set
 */
record MigrationSettings(List<String> locations, String table, List<String> schemas, Optional<String> changelog) {

    static final String LOCATIONS = "dockerflow.migrations.locations";
    static final String TABLE = "dockerflow.migrations.table";
    static final String SCHEMAS = "dockerflow.migrations.schemas";
    static final String CHANGELOG = "dockerflow.migrations.liquibase.changelog";
    static final String DEFAULT_LOCATION = "classpath:db/migration";
    static final String DEFAULT_TABLE = "flyway_schema_history";

    /**
     * @param config the application's configuration
     * @return the settings, defaults filled in
     */
    static MigrationSettings read(Config config) {
        List<String> locations = list(config, LOCATIONS);
        return new MigrationSettings(locations.isEmpty() ? List.of(DEFAULT_LOCATION) : locations,
                config.getOptionalValue(TABLE, String.class).map(String::trim).orElse(DEFAULT_TABLE),
                list(config, SCHEMAS),
                config.getOptionalValue(CHANGELOG, String.class).map(String::trim).filter(text -> !text.isEmpty()));
    }

    /**
     * A configuration mistake, worded as the library words its own: it fails the deployment.
     *
     * @param key the key
     * @param value its value
     * @param expected what it should have been
     */
    static DeploymentException invalid(String key, String value, String expected) {
        return new DeploymentException("Invalid Dockerflow configuration: " + key + "=" + value + " (expected "
                + expected + ")");
    }

    private static List<String> list(Config config, String key) {
        return config.getOptionalValues(key, String.class).orElse(List.of()).stream()
                .map(String::trim).filter(value -> !value.isEmpty()).distinct().toList();
    }
}
