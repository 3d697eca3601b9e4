package dev.dockerflow.jakarta.internal.checks.migrations;

import java.util.List;

import dev.dockerflow.jakarta.internal.checks.database.ApplicationDataSources;
import dev.dockerflow.jakarta.internal.heartbeat.CheckRegistry;
import dev.dockerflow.jakarta.internal.heartbeat.CheckSource;
import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.internal.heartbeat.RegisteredCheck;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * The built-in {@code migrations} check, run only when {@code dockerflow.checks} names it: one
 * {@value MessageIds#MIGRATION_NOT_APPLIED} warning per migration the application's Flyway or Liquibase
 * has not applied yet, on the data source the {@code database} check looks at (the first, when there
 * are several). See {@link MigrationTools} for which tool is asked, {@link MigrationSettings} for the
 * configuration keys.
 *
 * <p>This bean mentions neither Flyway nor Liquibase, in its fields, signatures or annotations, so
 * that the CDI container can inspect it in an application that has neither.
 */
@ApplicationScoped
public class MigrationsCheckSource implements CheckSource {

    /** The check's name. */
    public static final String NAME = "migrations";

    @Inject
    Config config;

    @Inject
    ApplicationDataSources dataSources;

    @Inject
    @Any
    Instance<Object> beans;

    private MigrationsCheck check;

    @PostConstruct
    void create() {
        MigrationSettings settings = MigrationSettings.read(config);
        // The deploying thread's context class loader is the application's: it holds the migrations.
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ClassLoader resources = context != null ? context : MigrationsCheckSource.class.getClassLoader();
        check = new MigrationsCheck(() -> MigrationTools.detect(settings, beans, dataSources.primary(), resources));
    }

    /**
     * Chooses the migration tools as the application starts, when the registry selects the check, so
     * that a configuration mistake fails the deployment and the first probe does not pay for loading
     * Flyway or parsing a changelog.
     */
    void prepare(@Observes @Initialized(ApplicationScoped.class) Object event, CheckRegistry registry) {
        if (registry.selected().contains(check)) {
            check.prepare();
        }
    }

    @Override
    public List<RegisteredCheck> checks() {
        return List.of(check);
    }

    @Override
    public boolean runsOnlyWhenNamed() {
        return true;
    }
}
