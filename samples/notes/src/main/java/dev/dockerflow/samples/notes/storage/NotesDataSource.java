package dev.dockerflow.samples.notes.storage;

import java.util.logging.Logger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The service's connection pool, built from {@link DatabaseSettings}. The service brings its own pool
 * and drivers rather than using a data source defined in each server's configuration, so that
 * {@code DATABASE_URL} alone says where the notes are, the same way on every runtime. The library's
 * {@code database} check finds this bean and checks it.
 */
@ApplicationScoped
public class NotesDataSource {

    private static final Logger LOG = Logger.getLogger(NotesDataSource.class.getName());


    /**
     * The pool. It opens no connection until one is asked for, so that the service starts, and its
     * heartbeat says what is wrong, when the database is down.
     *
     * @param settings where the database is
     * @return the pool
     */
    @Produces
    @ApplicationScoped
    DataSource dataSource(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("notes");
                // The driver's own DataSource, made here rather than looked up by class name: java.sql.DriverManager
        // does not search the WAR, and a server may list its own drivers first (Payara Micro has an H2).
        config.setDataSource(driverDataSource(settings.url()));
        settings.user().ifPresent(config::setUsername);
        settings.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(10);
        // A request waits at most this long for a connection when the database is down
        config.setConnectionTimeout(3_000);
        config.setInitializationFailTimeout(-1);
        LOG.info(() -> "notes database: " + settings.url().replaceAll("(?i)(password=)[^&;]*", "$1***"));
        return new HikariDataSource(config);
    }

    void close(@Disposes DataSource dataSource) {
        ((HikariDataSource) dataSource).close();
    }

    private static DataSource driverDataSource(String url) {
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            return h2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgresql = new PGSimpleDataSource();
            postgresql.setUrl(url);
            return postgresql;
        }
        throw new IllegalStateException("DATABASE_URL must be a JDBC URL starting with jdbc:h2: or"
                + " jdbc:postgresql: (the drivers the service has), not " + url);
    }
}
