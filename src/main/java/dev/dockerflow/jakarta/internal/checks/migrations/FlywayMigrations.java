package dev.dockerflow.jakarta.internal.checks.migrations;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

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

    private static final String LOCATIONS = "dockerflow.migrations.locations";

    private final Callable<Flyway> loader;
    private Flyway flyway;

    private FlywayMigrations(Callable<Flyway> loader) {
        this.loader = loader;
    }

    /** @param bean the application's resolvable {@code Flyway} bean, created on the first check */
    static MigrationsCheck.Tool of(Instance<?> bean) {
        return new FlywayMigrations(() -> (Flyway) bean.get());
    }

    /**
     * Flyway from {@value #LOCATIONS}, {@code dockerflow.migrations.table} and {@code .schemas}, each
     * Flyway's default when not set; a location Flyway cannot parse fails the deployment.
     */
    static MigrationsCheck.Tool configured(Config config, ClassLoader resources, DataSourceLookup dataSource) {
        FluentConfiguration configuration = Flyway.configure(resources)
                .schemas(values(config, "dockerflow.migrations.schemas").toArray(String[]::new));
        config.getOptionalValue("dockerflow.migrations.table", String.class).map(String::trim)
                .ifPresent(configuration::table);
        List<String> locations = values(config, LOCATIONS);
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

    private static List<String> values(Config config, String key) {
        return config.getOptionalValues(key, String.class).orElse(List.of()).stream()
                .map(String::trim).filter(value -> !value.isEmpty()).distinct().toList();
    }

    @Override
    public List<CheckMessage> check() {
        MigrationInfo[] pending;
        try {
            pending = flyway().info().pending();
        } catch (DataSourceLookup.Missing e) {
            return MigrationsCheck.cannotCheck(e.getMessage());
        } catch (Exception e) {
            return MigrationsCheck.cannotCheck("Flyway", e);
        }
        return Arrays.stream(pending).map(FlywayMigrations::name).map(MigrationsCheck::notApplied).toList();
    }

    /** Made once: an application's {@code @Dependent} bean would pile up, and a new Flyway load its plugins again. */
    private synchronized Flyway flyway() throws Exception {
        if (flyway == null) {
            flyway = loader.call();
        }
        return flyway;
    }

    /** @return {@code migration 3 (add notes index)}, {@code repeatable migration (notes titles)} */
    private static String name(MigrationInfo migration) {
        String description = migration.getDescription() == null || migration.getDescription().isBlank() ? ""
                : " (" + migration.getDescription() + ")";
        return (migration.getVersion() == null ? "repeatable migration" : "migration " + migration.getVersion())
                + description;
    }
}
