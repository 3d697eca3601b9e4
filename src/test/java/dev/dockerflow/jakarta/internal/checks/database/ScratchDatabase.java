package dev.dockerflow.jakarta.internal.checks.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import dev.dockerflow.jakarta.testing.TcpFaultProxy;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database of its own for one scenario, on a real server: a fresh schema in PostgreSQL, a fresh
 * database in MariaDB, a fresh in-memory H2 database; created before the scenario's deployment and
 * dropped after it; what a scenario needs in it before it deploys is set up with {@link #then(Setup)}.
 * The servers are the machine's: PostgreSQL on 127.0.0.1:5432 (user {@code postgres},
 * trusted, database {@code test}) and MariaDB on 127.0.0.1:3306 (user {@code root}, no password,
 * database {@code test}).
 */
public final class ScratchDatabase implements BeforeAllCallback, AfterAllCallback {

    /** The database servers the scenarios use. */
    public enum Engine { POSTGRESQL, MARIADB, H2 }

    /** A step that prepares the scratch database, such as applying migrations. */
    @FunctionalInterface
    public interface Setup {
        /** @param database the scratch database, just created */
        void run(ScratchDatabase database) throws Exception;
    }

    /** An administrative connection to PostgreSQL, in its {@code public} schema. */
    public static final String POSTGRES_ADMIN = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    /** An administrative connection to MariaDB. */
    public static final String MARIADB_ADMIN = "jdbc:mariadb://127.0.0.1:3306/test?user=root";

    private final Engine engine;
    private final String name = "dockerflow_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
            .toLowerCase(Locale.ROOT);
    private final List<Setup> setups = new ArrayList<>();
    private final List<TcpFaultProxy> proxies = new ArrayList<>();
    private Connection keepAlive;

    private ScratchDatabase(Engine engine) {
        this.engine = engine;
    }

    /**
     * @param engine the server
     * @return a fresh schema or database on it, not created yet
     */
    public static ScratchDatabase of(Engine engine) {
        return new ScratchDatabase(engine);
    }

    /** @return a fresh schema in PostgreSQL, the connection's current schema */
    public static ScratchDatabase postgres() {
        return new ScratchDatabase(Engine.POSTGRESQL);
    }

    /** @return a fresh database in MariaDB */
    public static ScratchDatabase mariadb() {
        return new ScratchDatabase(Engine.MARIADB);
    }

    /** @return a fresh in-memory H2 database */
    public static ScratchDatabase h2() {
        return new ScratchDatabase(Engine.H2);
    }

    /**
     * @return {@link #POSTGRES_ADMIN} on a loopback port where nothing listens: a database that is down, for scenarios
     *         where the check must not look at it
     */
    public static String downPostgres() {
        return POSTGRES_ADMIN.replace("127.0.0.1:5432/", "127.0.0.1:" + TcpFaultProxy.freePort() + "/");
    }

    /**
     * @param setup a step run on the database once it is created, before the scenario deploys; steps run in the
     *        order they are added
     * @return this scratch database
     */
    public ScratchDatabase then(Setup setup) {
        setups.add(setup);
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        create();
        for (Setup setup : setups) {
            setup.run(this);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        drop();
    }

    /** Creates the schema or database. */
    public void create() throws SQLException {
        switch (engine) {
            case POSTGRESQL -> admin("create schema " + name);
            case MARIADB -> admin("create database " + name);
            // An in-memory H2 database lives as long as a connection to it.
            case H2 -> keepAlive = DriverManager.getConnection(jdbcUrl());
        }
    }

    /** Drops the schema or database and everything in it, and closes the proxies made by {@link #proxy}. */
    public void drop() throws SQLException {
        proxies.forEach(TcpFaultProxy::close);
        switch (engine) {
            case POSTGRESQL -> admin("drop schema if exists " + name + " cascade");
            case MARIADB -> admin("drop database if exists " + name);
            case H2 -> {
                try (Connection last = keepAlive; Statement statement = last.createStatement()) {
                    statement.execute("shutdown");
                }
            }
        }
    }

    private static void admin(String sql) throws SQLException {
        String url = sql.contains("schema") ? POSTGRES_ADMIN : MARIADB_ADMIN;
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** @return the schema's or database's name, fresh for each scenario */
    public String name() {
        return name;
    }

    /** @return the engine */
    public Engine engine() {
        return engine;
    }

    /** @return a JDBC URL, with its user, whose connections work in the scratch schema or database */
    public String jdbcUrl() {
        return switch (engine) {
            case POSTGRESQL -> POSTGRES_ADMIN + "&currentSchema=" + name;
            case MARIADB -> MARIADB_ADMIN.replaceFirst("/test\\?", "/" + name + "?");
            case H2 -> "jdbc:h2:mem:" + name;
        };
    }

    /**
     * @return the server's TCP port on 127.0.0.1
     * @throws IllegalStateException for H2, which has none
     */
    public int port() {
        return switch (engine) {
            case POSTGRESQL -> 5432;
            case MARIADB -> 3306;
            case H2 -> throw new IllegalStateException("an in-memory H2 database has no port");
        };
    }

    /**
     * A port in front of this database's server that the scenario switches between faults, so that its deployment
     * sees the database go down or hang and come back. It is closed when the database is dropped.
     *
     * @param mode what the proxy's port does at first
     * @return the proxy, to connect to through {@link #jdbcUrlVia(TcpFaultProxy)}
     */
    public TcpFaultProxy proxy(TcpFaultProxy.Mode mode) {
        TcpFaultProxy proxy = TcpFaultProxy.to("127.0.0.1", port(), mode);
        proxies.add(proxy);
        return proxy;
    }

    /**
     * @param proxy a proxy in front of this database's server
     * @return {@link #jdbcUrl()}, connecting through the proxy
     */
    public String jdbcUrlVia(TcpFaultProxy proxy) {
        return jdbcUrl().replace("127.0.0.1:" + port() + "/", "127.0.0.1:" + proxy.port() + "/");
    }

    /**
     * @return the driver's own data source on {@link #jdbcUrl()}: no pool, every connection a new
     *         physical one
     */
    public DataSource dataSource() {
        return dataSource(jdbcUrl());
    }

    /**
     * @param url a JDBC URL of this engine
     * @return the driver's own data source on that URL
     */
    public DataSource dataSource(String url) {
        return driverDataSource(url);
    }

    /**
     * The driver's own data source, without a pool: every {@code getConnection()} opens a new connection.
     *
     * @param url a PostgreSQL, MariaDB or H2 JDBC URL
     * @return the data source of the URL's driver
     */
    public static DataSource driverDataSource(String url) {
        try {
            if (url.startsWith("jdbc:postgresql:")) {
                PGSimpleDataSource dataSource = new PGSimpleDataSource();
                dataSource.setURL(url);
                return dataSource;
            }
            if (url.startsWith("jdbc:mariadb:")) {
                return new MariaDbDataSource(url);
            }
            if (url.startsWith("jdbc:h2:")) {
                JdbcDataSource dataSource = new JdbcDataSource();
                dataSource.setURL(url);
                return dataSource;
            }
        } catch (SQLException e) {
            throw new IllegalArgumentException(url, e);
        }
        throw new IllegalArgumentException("no driver data source for " + url);
    }

    /**
     * Runs statements in the scratch schema or database.
     *
     * @param sql the statements, one per string
     */
    public void execute(String... sql) throws SQLException {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }

    /**
     * @param table a table name, in the case the engine stores it
     * @return whether the scratch schema or database has that table
     */
    public boolean hasTable(String table) throws SQLException {
        try (Connection connection = dataSource().getConnection();
                var tables = connection.getMetaData().getTables(engine == Engine.MARIADB ? name : null,
                        engine == Engine.POSTGRESQL ? name : null, table, null)) {
            return tables.next();
        }
    }
}
