package dev.dockerflow.jakarta.internal.checks.migrations;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.internal.datasources.DataSourceLookup;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeLogParameters;
import liquibase.database.jvm.JdbcConnection;
import liquibase.logging.core.NoOpLogService;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * Liquibase's unrun change sets of the application's changelog, from
 * {@code Liquibase.listUnrunChangeSets}: listed without writing to the database (Liquibase's own tables
 * are not created when missing), with Liquibase's logging off, since a probe every few seconds must not
 * fill the logs. Loaded only when Liquibase is on the class path.
 */
final class LiquibaseChangeSets implements MigrationsCheck.Tool {

    private final String changelog;
    private final ResourceAccessor resources;
    private final DataSourceLookup dataSource;

    /**
     * Parses the changelog (a class path resource) once, so that one that is missing or broken fails the
     * deployment, and Liquibase's slow first start-up happens before the first heartbeat rather than in it.
     */
    LiquibaseChangeSets(String changelog, ClassLoader resources, DataSourceLookup dataSource) {
        this.changelog = changelog;
        this.resources = new ClassLoaderResourceAccessor(resources);
        this.dataSource = dataSource;
        try {
            quietly(() -> ChangeLogParserFactory.getInstance().getParser(changelog, this.resources)
                    .parse(changelog, new ChangeLogParameters(), this.resources));
        } catch (Exception e) {
            throw MigrationsCheck.invalid(MigrationsCheck.CHANGELOG, changelog,
                    "a Liquibase changelog on the application's class path: " + e.getMessage());
        }
    }

    @Override
    public List<CheckMessage> check() {
        try {
            DataSource found = dataSource.find();
            return quietly(() -> unrun(found)).stream().map(MigrationsCheck::notApplied).toList();
        } catch (DataSourceLookup.Missing e) {
            return MigrationsCheck.cannotCheck(e.getMessage());
        } catch (Exception e) {
            return MigrationsCheck.cannotCheck("Liquibase", e);
        }
    }

    private List<String> unrun(DataSource found) throws Exception {
        try (Connection connection = found.getConnection();
                Liquibase liquibase = new Liquibase(changelog, resources, new JdbcConnection(connection))) {
            try {
                // false: list only, without creating DATABASECHANGELOG and its lock table when they are missing.
                return liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression(), false).stream()
                        .map(change -> "change set " + change.getId() + " by " + change.getAuthor() + " in "
                                + change.getFilePath()).toList();
            } finally {
                // Liquibase keeps a history service per Database it has seen until reset, as its own commands reset
                // when they end and when they take the lock; left alone, one would stay per heartbeat.
                Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class).resetAll();
            }
        }
    }

    private static <T> T quietly(Scope.ScopedRunnerWithReturn<T> work) throws Exception {
        return Scope.child(Map.of(Scope.Attr.logService.name(), new NoOpLogService()), work);
    }
}
