package dev.dockerflow.jakarta.internal.checks.migrations;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import dev.dockerflow.jakarta.internal.checks.database.DataSourceLookup;
import dev.dockerflow.jakarta.internal.checks.database.DataSourceMissing;
import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.logging.core.NoOpLogService;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * Liquibase's unrun change sets of the application's changelog, listed without writing to the database
 * (Liquibase's own tables are not created when they are missing), and without Liquibase's INFO lines
 * on every heartbeat. Not a CDI bean, and loaded only when Liquibase is on the class path.
 */
final class LiquibaseChangeSets implements MigrationTool {

    private static final Logger LOG = Logger.getLogger("dockerflow.heartbeat");
    /** Liquibase's registry of every Database it has seen; see {@link #forget(Database)}. */
    private static final Field HISTORY_SERVICES = historyServices();

    private final String changelog;
    private final ResourceAccessor resources;
    private final DataSourceLookup dataSource;

    /**
     * Parses the changelog once, so that a changelog that is missing or broken fails the deployment
     * and Liquibase's slow first start-up happens before the first heartbeat rather than in it.
     *
     * @param changelog the class path resource of the root changelog
     * @param resources the application's class loader, which holds the changelog
     * @param dataSource the data source
     * @throws jakarta.enterprise.inject.spi.DeploymentException when the changelog cannot be parsed
     */
    LiquibaseChangeSets(String changelog, ClassLoader resources, DataSourceLookup dataSource) {
        this.changelog = changelog;
        this.resources = new ClassLoaderResourceAccessor(resources);
        this.dataSource = dataSource;
        try {
            quietly(() -> ChangeLogParserFactory.getInstance().getParser(changelog, this.resources)
                    .parse(changelog, new ChangeLogParameters(), this.resources));
        } catch (Exception e) {
            throw MigrationSettings.invalid(MigrationSettings.CHANGELOG, changelog,
                    "a Liquibase changelog on the application's class path: " + e.getMessage());
        }
    }

    @Override
    public List<CheckMessage> check() {
        DataSource found;
        try {
            found = dataSource.find();
        } catch (DataSourceMissing e) {
            return MigrationMessages.cannotCheck(e.getMessage());
        }
        try {
            return quietly(() -> unrun(found)).stream().map(MigrationMessages::notApplied).toList();
        } catch (Exception e) {
            return MigrationMessages.cannotCheck("Liquibase", e);
        }
    }

    private List<String> unrun(DataSource found) throws Exception {
        try (Connection connection = found.getConnection()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(
                    new JdbcConnection(connection));
            try {
                Liquibase liquibase = new Liquibase(changelog, resources, database);
                // false: list only, without creating DATABASECHANGELOG and its lock table when they are missing.
                return liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression(), false).stream()
                        .map(LiquibaseChangeSets::name).toList();
            } finally {
                forget(database);
                database.close();
            }
        }
    }

    private static String name(ChangeSet changeSet) {
        return "change set " + changeSet.getId() + " by " + changeSet.getAuthor() + " in " + changeSet.getFilePath();
    }

    /** Runs Liquibase with its logging off: a probe every few seconds must not fill the logs. */
    private static <T> T quietly(Scope.ScopedRunnerWithReturn<T> work) throws Exception {
        return Scope.child(Map.of(Scope.Attr.logService.name(), new NoOpLogService()), work);
    }

    /**
     * Liquibase keeps a history service for every Database it is given, in a global map, and never
     * lets go of it: one entry per heartbeat, for as long as the application runs. Liquibase offers no
     * way to drop one entry (its {@code resetAll()} would also drop those of the application's own
     * Liquibase), so the entry is removed from the map directly; should a Liquibase version no longer
     * have that map, nothing is removed.
     */
    private static void forget(Database database) {
        if (HISTORY_SERVICES == null) {
            return;
        }
        ChangeLogHistoryServiceFactory factory = Scope.getCurrentScope()
                .getSingleton(ChangeLogHistoryServiceFactory.class);
        try {
            // The factory's own methods hold its monitor while they use the map.
            synchronized (factory) {
                ((Map<?, ?>) HISTORY_SERVICES.get(factory)).remove(database);
            }
        } catch (IllegalAccessException | RuntimeException e) {
            LOG.log(Level.FINE, "Could not remove the migrations check's database from Liquibase's registry", e);
        }
    }

    private static Field historyServices() {
        try {
            Field field = ChangeLogHistoryServiceFactory.class.getDeclaredField("services");
            field.setAccessible(true);
            return Map.class.isAssignableFrom(field.getType()) ? field : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.FINE, "Liquibase's registry of history services is not where it used to be", e);
            return null;
        }
    }
}
