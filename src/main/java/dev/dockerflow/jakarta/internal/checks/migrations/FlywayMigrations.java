package dev.dockerflow.jakarta.internal.checks.migrations;

import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import dev.dockerflow.jakarta.internal.checks.database.DataSourceLookup;
import dev.dockerflow.jakarta.internal.checks.database.DataSourceMissing;
import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import jakarta.enterprise.inject.Instance;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Flyway's pending migrations, from {@code Flyway.info().pending()}: what {@code migrate} would apply,
 * versioned migrations not applied yet and repeatable ones not applied since they last changed. Not a
 * CDI bean, and loaded only when Flyway is on the class path.
 */
final class FlywayMigrations implements MigrationTool {

    private final Instance<?> applicationFlyway;
    private final FluentConfiguration configuration;
    private final DataSourceLookup dataSource;
    private volatile Built built;

    /** The Flyway the check uses, and the data source it was built for (null for the application's). */
    private record Built(DataSource dataSource, Flyway flyway) {
    }

    private FlywayMigrations(Instance<?> applicationFlyway, FluentConfiguration configuration,
            DataSourceLookup dataSource) {
        this.applicationFlyway = applicationFlyway;
        this.configuration = configuration;
        this.dataSource = dataSource;
    }

    /**
     * Flyway as the application configured it.
     *
     * @param flyway the application's resolvable {@code Flyway} bean, created on the first check
     */
    static MigrationTool of(Instance<?> flyway) {
        return new FlywayMigrations(flyway, null, null);
    }

    /**
     * Flyway configured from {@code dockerflow.migrations.*}, on the database check's data source.
     *
     * @param settings the configuration
     * @param resources the application's class loader, which holds the migrations
     * @param dataSource the data source
     * @throws jakarta.enterprise.inject.spi.DeploymentException when a location is invalid
     */
    static MigrationTool configured(MigrationSettings settings, ClassLoader resources, DataSourceLookup dataSource) {
        FluentConfiguration configuration = Flyway.configure(resources).table(settings.table())
                .schemas(settings.schemas().toArray(String[]::new));
        String locations = String.join(",", settings.locations());
        try {
            configuration.locations(settings.locations().toArray(String[]::new));
            // Flyway parses locations when they are first asked for: now, rather than in the first heartbeat.
            configuration.getLocations();
        } catch (FlywayException | IllegalArgumentException e) {
            throw MigrationSettings.invalid(MigrationSettings.LOCATIONS, locations,
                    "Flyway locations such as classpath:db/migration: " + e.getMessage());
        }
        // Flyway's first load finds its plugins, which takes about half a second: at deployment, not in a heartbeat.
        configuration.load();
        return new FlywayMigrations(null, configuration, dataSource);
    }

    @Override
    public List<CheckMessage> check() {
        MigrationInfo[] migrations;
        try {
            Flyway flyway = applicationFlyway != null ? applicationFlyway() : flywayFor(dataSource.find());
            migrations = flyway.info().pending();
        } catch (DataSourceMissing e) {
            return MigrationMessages.cannotCheck(e.getMessage());
        } catch (RuntimeException e) {
            return MigrationMessages.cannotCheck("Flyway", e);
        }
        return Arrays.stream(migrations).map(FlywayMigrations::name).map(MigrationMessages::notApplied).toList();
    }

    /** The application's bean, created once: {@code @Dependent} ones would otherwise pile up, one per heartbeat. */
    private Flyway applicationFlyway() {
        Built current = built;
        if (current == null) {
            current = new Built(null, (Flyway) applicationFlyway.get());
            built = current;
        }
        return current.flyway();
    }

    /** Flyway on the data source, built once: a new one would load Flyway's plugins again on every heartbeat. */
    private Flyway flywayFor(DataSource found) {
        Built current = built;
        if (current == null || current.dataSource() != found) {
            current = new Built(found, Flyway.configure(configuration.getClassLoader()).configuration(configuration)
                    .dataSource(found).load());
            built = current;
        }
        return current.flyway();
    }

    /** @return how a migration is named in a message: {@code migration 3 (add notes index)} */
    private static String name(MigrationInfo migration) {
        String description = migration.getDescription() == null || migration.getDescription().isBlank() ? ""
                : " (" + migration.getDescription() + ")";
        return migration.getVersion() == null ? "repeatable migration" + description
                : "migration " + migration.getVersion() + description;
    }
}
