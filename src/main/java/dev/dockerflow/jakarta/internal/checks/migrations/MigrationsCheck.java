package dev.dockerflow.jakarta.internal.checks.migrations;

import java.util.ArrayList;
import java.util.List;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.internal.datasources.DataSourceLookup;
import dev.dockerflow.jakarta.internal.heartbeat.RegisteredCheck;
import dev.dockerflow.jakarta.internal.secrets.SecretMask;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.DeploymentException;
import org.eclipse.microprofile.config.Config;

/**
 * The {@code migrations} check: what each migration tool reports, together, worded alike. The tools are
 * chosen once: Flyway as the application configured it, when it has a {@code Flyway} bean; Liquibase,
 * when {@value #CHANGELOG} is set; else Flyway from {@code dockerflow.migrations.*}, when Flyway is on
 * the class path; else none. Both are optional: this class names them only as strings, and uses
 * {@link FlywayMigrations} and {@link LiquibaseChangeSets} only once {@code Class.forName} has found the
 * tool, so that the JVM loads neither those classes nor the tool's in an application without it.
 */
final class MigrationsCheck implements RegisteredCheck {

    /** One tool's view of the database: a warning per migration not applied, or why it cannot tell. */
    interface Tool {
        List<CheckMessage> check();
    }

    static final String CHANGELOG = "dockerflow.migrations.liquibase.changelog";

    private final Config config;
    private final Instance<Object> beans;
    private final DataSourceLookup dataSource;
    private final ClassLoader resources;
    private List<Tool> tools;

    /**
     * @param beans every bean of the application, to find a {@code Flyway} bean by a class not named in code
     * @param resources the application's class loader, which holds migrations and changelogs
     */
    MigrationsCheck(Config config, Instance<Object> beans, DataSourceLookup dataSource, ClassLoader resources) {
        this.config = config;
        this.beans = beans;
        this.dataSource = dataSource;
        this.resources = resources;
    }

    /** @return the tools, chosen on the first call (at start-up: a configuration mistake fails the deployment) */
    synchronized List<Tool> prepare() {
        if (tools != null) {
            return tools;
        }
        // The library's own class loader must see the tool: it is the one that links FlywayMigrations.
        Class<?> flyway = find("org.flywaydb.core.Flyway");
        boolean liquibase = find("liquibase.Liquibase") != null;
        String changelog = config.getOptionalValue(CHANGELOG, String.class).map(String::trim)
                .filter(text -> !text.isEmpty()).orElse(null);
        Instance<?> flywayBean = flyway == null ? null : beans.select(flyway);
        boolean applicationFlyway = flywayBean != null && flywayBean.isResolvable();
        List<Tool> found = new ArrayList<>();
        if (applicationFlyway) {
            found.add(FlywayMigrations.of(flywayBean));
        }
        if (changelog != null) {
            found.add(liquibase ? new LiquibaseChangeSets(changelog, resources, dataSource)
                    : unavailable(CHANGELOG + " is set, but Liquibase is not on the class path"));
        } else if (flyway != null && !applicationFlyway) {
            found.add(FlywayMigrations.configured(config, resources, dataSource));
        }
        if (found.isEmpty()) {
            found.add(unavailable(liquibase ? "Liquibase is on the class path, but " + CHANGELOG + " is not set"
                    : "neither Flyway nor Liquibase is on the class path"));
        }
        tools = List.copyOf(found);
        return tools;
    }

    private static Class<?> find(String className) {
        try {
            return Class.forName(className, false, MigrationsCheck.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static Tool unavailable(String why) {
        return () -> cannotCheck(why);
    }

    @Override
    public String name() {
        return MigrationsCheckSource.NAME;
    }

    @Override
    public String source() {
        return "built-in migrations check";
    }

    @Override
    public List<CheckMessage> run() {
        return prepare().stream().flatMap(tool -> tool.check().stream()).toList();
    }

    /** @param migration what is not applied, such as {@code migration 3 (add notes index)} */
    static CheckMessage notApplied(String migration) {
        return CheckMessage.warning(MessageIds.MIGRATION_NOT_APPLIED, migration + " is not applied");
    }

    /** @param why why the migrations cannot be checked, free of secrets: information, not an error */
    static List<CheckMessage> cannotCheck(String why) {
        return List.of(CheckMessage.info(MessageIds.MIGRATIONS_CANNOT_CHECK, "cannot check migrations: " + why));
    }

    static List<CheckMessage> cannotCheck(String tool, Throwable failure) {
        return cannotCheck(tool + " failed: " + SecretMask.describe(failure));
    }

    /** @return a configuration mistake, worded as the library words its own: it fails the deployment */
    static DeploymentException invalid(String key, String value, String expected) {
        return new DeploymentException("Invalid Dockerflow configuration: " + key + "=" + value + " (expected "
                + expected + ")");
    }
}
