package dev.dockerflow.jakarta.internal.checks.migrations;

import java.util.ArrayList;
import java.util.List;

import dev.dockerflow.jakarta.internal.checks.database.DataSourceLookup;
import dev.dockerflow.jakarta.heartbeat.MessageIds;
import jakarta.enterprise.inject.Instance;

/**
 * Which migration tools the migrations check asks, decided from what is on the class path, the
 * application's beans and the configuration:
 *
 * <ul>
 * <li>Flyway, as the application configured it, when the application has a {@code Flyway} bean;</li>
 * <li>Liquibase, when {@value MigrationSettings#CHANGELOG} names a changelog;</li>
 * <li>else Flyway configured from {@code dockerflow.migrations.*}, when Flyway is on the class path;</li>
 * <li>else none: the check reports {@value MessageIds#MIGRATIONS_CANNOT_CHECK}.</li>
 * </ul>
 *
 * <p>Flyway and Liquibase are optional: this class names their classes only as strings, and refers
 * to the classes that use them ({@link FlywayMigrations}, {@link LiquibaseChangeSets}) only on paths
 * taken once {@code Class.forName} has found the tool, so that the JVM never loads those classes, and
 * so never looks for the tool's, in an application without it.
 */
final class MigrationTools {

    /** The class whose presence means Flyway is on the class path. */
    static final String FLYWAY_CLASS = "org.flywaydb.core.Flyway";
    /** The class whose presence means Liquibase is on the class path. */
    static final String LIQUIBASE_CLASS = "liquibase.Liquibase";

    private MigrationTools() {
    }

    /**
     * @param settings the configuration
     * @param beans every bean of the application, to find a {@code Flyway} bean by a class not named in code
     * @param dataSource the database check's (first) data source
     * @param resources the application's class loader, which holds migrations and changelogs
     * @return the tools to ask, never empty
     * @throws jakarta.enterprise.inject.spi.DeploymentException when the configuration is invalid
     */
    static List<MigrationTool> detect(MigrationSettings settings, Instance<Object> beans, DataSourceLookup dataSource,
            ClassLoader resources) {
        // The library's own class loader must see the tool: it is the one that links FlywayMigrations.
        Class<?> flyway = find(FLYWAY_CLASS);
        boolean liquibase = find(LIQUIBASE_CLASS) != null;
        List<MigrationTool> tools = new ArrayList<>();
        Instance<?> flywayBean = flyway == null ? null : beans.select(flyway);
        boolean applicationFlyway = flywayBean != null && flywayBean.isResolvable();
        if (applicationFlyway) {
            tools.add(FlywayMigrations.of(flywayBean));
        }
        if (settings.changelog().isPresent()) {
            tools.add(liquibase ? new LiquibaseChangeSets(settings.changelog().get(), resources, dataSource)
                    : unavailable(MigrationSettings.CHANGELOG + " is set, but Liquibase is not on the class path"));
        } else if (flyway != null && !applicationFlyway) {
            tools.add(FlywayMigrations.configured(settings, resources, dataSource));
        }
        if (tools.isEmpty()) {
            tools.add(unavailable(liquibase
                    ? "Liquibase is on the class path, but " + MigrationSettings.CHANGELOG + " is not set"
                    : "neither Flyway nor Liquibase is on the class path"));
        }
        return List.copyOf(tools);
    }

    private static Class<?> find(String className) {
        try {
            return Class.forName(className, false, MigrationTools.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static MigrationTool unavailable(String why) {
        return () -> MigrationMessages.cannotCheck(why);
    }
}
