package dev.dockerflow.jakarta.internal.checks.database;

import java.util.List;

import dev.dockerflow.jakarta.internal.config.DockerflowConfig;
import dev.dockerflow.jakarta.internal.datasources.ApplicationDataSources;
import dev.dockerflow.jakarta.internal.datasources.DataSourceLookup;
import dev.dockerflow.jakarta.internal.heartbeat.CheckRegistry;
import dev.dockerflow.jakarta.internal.heartbeat.CheckRunner;
import dev.dockerflow.jakarta.internal.heartbeat.CheckSource;
import dev.dockerflow.jakarta.internal.heartbeat.RegisteredCheck;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The built-in {@code database} check, run only when {@code dockerflow.checks} names it: one check per
 * data source of {@link ApplicationDataSources}. A single data source is checked as {@code database};
 * several, each as {@code database:<JNDI name>} (naming {@code database} in {@code dockerflow.checks}
 * runs them all).
 */
@ApplicationScoped
public class DatabaseCheckSource implements CheckSource {

    /** The check's name, and the family name of one check per data source. */
    public static final String NAME = "database";

    @Inject
    DockerflowConfig config;

    @Inject
    ApplicationDataSources dataSources;

    private List<RegisteredCheck> checks;

    @PostConstruct
    void create() {
        long timeoutMillis = config.timeoutMillis();
        List<DataSourceLookup> all = dataSources.all();
        checks = all.size() == 1 ? List.of(new DatabaseCheck(NAME, all.get(0), timeoutMillis))
                : all.stream().<RegisteredCheck>map(lookup -> new DatabaseCheck(NAME + ":" + lookup.source(), lookup,
                        timeoutMillis)).toList();
    }

    @Override
    public List<RegisteredCheck> checks() {
        return checks;
    }

    /**
     * Starts the selected database checks as the application starts (see {@link CheckRunner#startEarly}),
     * looking their data sources up on the starting thread. A server may open its pool, create its
     * connection manager or start transaction recovery on the first connection: over two seconds on
     * Open Liberty, where it waits for the application to have started, six on Payara Micro's H2 default
     * data source. Started early, that is done or under way when the first probe comes.
     */
    void startEarly(@Observes @Initialized(ApplicationScoped.class) Object event, CheckRegistry registry,
            CheckRunner runner) {
        List<RegisteredCheck> selected = checks.stream().filter(registry.selected()::contains).toList();
        if (!selected.isEmpty()) {
            runner.startEarly(selected);
        }
    }

    @Override
    public boolean runsOnlyWhenNamed() {
        return true;
    }
}
