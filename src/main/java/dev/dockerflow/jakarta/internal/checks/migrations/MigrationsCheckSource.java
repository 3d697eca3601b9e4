package dev.dockerflow.jakarta.internal.checks.migrations;

import java.util.List;

import dev.dockerflow.jakarta.internal.datasources.ApplicationDataSources;
import dev.dockerflow.jakarta.internal.heartbeat.CheckRegistry;
import dev.dockerflow.jakarta.internal.heartbeat.CheckSource;
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
 * The built-in {@code migrations} check ({@link MigrationsCheck}), run only when {@code dockerflow.checks}
 * names it, on the data source the {@code database} check looks at (the first, when there are several).
 * This bean mentions neither Flyway nor Liquibase, so that the CDI container can inspect it in an
 * application that has neither.
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
        // The deploying thread's context class loader is the application's: it holds the migrations.
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ClassLoader resources = context != null ? context : MigrationsCheckSource.class.getClassLoader();
        check = new MigrationsCheck(config, beans, dataSources.primary(), resources);
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
