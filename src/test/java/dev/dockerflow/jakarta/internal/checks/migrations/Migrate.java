package dev.dockerflow.jakarta.internal.checks.migrations;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import dev.dockerflow.jakarta.internal.checks.database.ScratchDatabase;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.flywaydb.core.Flyway;

/**
 * Migrates a scenario's database the way the application would, with the migration files under
 * {@code src/test/resources/db}: Flyway's {@code db/migration} (V1 create notes, V2 add notes title,
 * V3 add notes index, R notes titles) and Liquibase's {@code db/changelog/notes.xml} (change sets
 * create-notes by alice, add-notes-title by bob, add-notes-index by alice). The steps without a data source
 * migrate a scenario's database before it deploys ({@link ScratchDatabase#then}).
 */
final class Migrate {

    static final String CHANGELOG = "db/changelog/notes.xml";

    private Migrate() {
    }

    /**
     * Applies Flyway's migrations with its defaults.
     *
     * @param dataSource the database
     * @param target the last version to apply, {@code latest} for all
     */
    static void flyway(DataSource dataSource, String target) {
        Flyway.configure().dataSource(dataSource).target(target).load().migrate();
    }

    /**
     * @param target the last version to apply, {@code latest} for all
     * @return a step applying Flyway's migrations with its defaults
     */
    static ScratchDatabase.Setup flyway(String target) {
        return database -> flyway(database.dataSource(), target);
    }

    /**
     * Applies the first change sets of the Liquibase changelog.
     *
     * @param dataSource the database
     * @param count how many change sets to apply
     */
    static void liquibase(DataSource dataSource, int count) throws SQLException, LiquibaseException {
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(
                    new JdbcConnection(connection));
            try (Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database)) {
                liquibase.update(count, "");
            }
        }
    }

    /**
     * @param count how many change sets to apply
     * @return a step applying the first change sets of the Liquibase changelog
     */
    static ScratchDatabase.Setup liquibase(int count) {
        return database -> liquibase(database.dataSource(), count);
    }
}
