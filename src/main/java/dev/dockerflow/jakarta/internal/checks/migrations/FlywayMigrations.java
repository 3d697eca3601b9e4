package dev.dockerflow.jakarta.internal.checks.migrations;

import java.util.Arrays;
import java.util.List;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.internal.datasources.DataSourceLookup;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.Config;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Flyway's pending migrations, from {@code Flyway.info().pending()}: versioned migrations not applied
 * yet and repeatable ones not applied since they last changed. Loaded only when Flyway is on the class path.
 */
final class FlywayMigrations implements MigrationsCheck.Tool {

    static final String LOCATIONS = "dockerflow.migrations.locations";
    static final String TABLE = "dockerflow.migrations.table";
    static final String SCHEMAS = "dockerflow.migrations.schemas";

    private interface Loader {
        Flyway load() throws DataSourceLookup.Missing;
    }

    private final Loader loader;
    private Flyway flyway;

    private FlywayMigrations(Loader loader) {
        this.loader = loader;
    }

    /** @param bean the application's resolvable {@code Flyway} bean, created on the first check */
    static MigrationsCheck.Tool of(Instance<?> bean) {
        return new FlywayMigrations(() -> (Flyway) bean.get());
    }

    /**
     * Flyway from {@value #LOCATIONS}, {@value #TABLE} and {@value #SCHEMAS} (Flyway's defaults when not
     * set: {@code classpath:db/migration}, {@code flyway_schema_history}, the connection's schema).
     *
     * @param resources the application's class loader, which holds the migrations
     * @throws jakarta.enterprise.inject.spi.DeploymentException when a location is invalid
     */
    static MigrationsCheck.Tool configured(Config config, ClassLoader resources, DataSourceLookup dataSource) {
        FluentConfiguration configuration = Flyway.configure(resources)
                .schemas(MigrationsCheck.values(config, SCHEMAS).toArray(String[]::new));
        config.getOptionalValue(TABLE, String.class).map(String::trim).ifPresent(configuration::table);
        List<String> locations = MigrationsCheck.values(config, LOCATIONS);
        try {
            if (!locations.isEmpty()) {
                configuration.locations(locations.toArray(String[]::new));
            }
            // Flyway parses locations when they are first asked for: now, rather than in the first heartbeat.
            configuration.getLocations();
        } catch (FlywayException | IllegalArgumentException e) {
            throw MigrationsCheck.invalid(LOCATIONS, String.join(",", locations),
                    "Flyway locations such as classpath:db/migration: " + e.getMessage());
        }
        // Flyway's first load finds its plugins, which takes about half a second: at deployment, not in a heartbeat.
        configuration.load();
        return new FlywayMigrations(() -> Flyway.configure(resources).configuration(configuration)
                .dataSource(dataSource.find()).load());
    }

    @Override
    public List<CheckMessage> check() {
        MigrationInfo[] pending;
        try {
            pending = flyway().info().pending();
        } catch (DataSourceLookup.Missing e) {
            return MigrationsCheck.cannotCheck(e.getMessage());
        } catch (RuntimeException e) {
            return MigrationsCheck.cannotCheck("Flyway", e);
        }
        return Arrays.stream(pending).map(FlywayMigrations::name).map(MigrationsCheck::notApplied).toList();
    }

    /** Made once: an application's {@code @Dependent} bean would pile up, and a new Flyway load its plugins again. */
    private synchronized Flyway flyway() throws DataSourceLookup.Missing {
        if (flyway == null) {
            flyway = loader.load();
        }
        return flyway;
    }

    /** @return how a migration is named in a message: {@code migration 3 (add notes index)} */
    private static String name(MigrationInfo migration) {
        String description = migration.getDescription() == null || migration.getDescription().isBlank() ? ""
                : " (" + migration.getDescription() + ")";
        return migration.getVersion() == null ? "repeatable migration" + description
                : "migration " + migration.getVersion() + description;
    }
}
