package dev.dockerflow.jakarta.internal.checks.database;

import java.util.function.Consumer;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * HikariCP pools as an application would configure them, for scenarios that need a real pool. Every
 * pool of the test suite is made here: HikariCP reads its lowest allowed {@code connectionTimeout}
 * (250 ms unless told otherwise) once, when its configuration class is first used, and scenarios that
 * run a thousand heartbeats against a dead database need a smaller one to finish in seconds.
 */
public final class Pools {

    /** The lowest {@code connectionTimeout} HikariCP accepts in these tests, in milliseconds. */
    public static final long TIMEOUT_FLOOR_MILLIS = 5;

    static {
        System.setProperty("com.zaxxer.hikari.timeoutMs.floor", Long.toString(TIMEOUT_FLOOR_MILLIS));
    }

    private Pools() {
    }

    /**
     * A pool that starts without connecting (as an application's pool should, so that a database that
     * is down does not fail the deployment).
     *
     * @param name the pool's name, which HikariCP puts in its messages
     * @param jdbcUrl the database, user included
     * @param settings further settings
     * @return the pool
     */
    public static HikariDataSource hikari(String name, String jdbcUrl, Consumer<HikariConfig> settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(jdbcUrl);
        config.setInitializationFailTimeout(-1);
        settings.accept(config);
        return new HikariDataSource(config);
    }
}
