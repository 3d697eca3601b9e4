package dev.dockerflow.jakarta.internal.checks.database;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * PostgreSQL ends the pool's connection between two heartbeats ({@code pg_terminate_backend}). The pool
 * does not test a connection before lending it (HikariCP skips the test for a connection used within
 * its bypass window, set long here so that this is certain), so the next heartbeat gets the dead
 * connection: the check reports {@value MessageIds#DATABASE_NOT_USABLE} and aborts it, the pool drops
 * it, and the heartbeat after that is ok, on a new connection.
 */
class KilledConnectionTest {

    static final long TIMEOUT_MILLIS = 1000;
    static final String APPLICATION_NAME = "dockerflow-killed-" + UUID.randomUUID();
    static final HikariDataSource POOL = bypassingTest(() -> Pools.hikari("killed",
            ScratchDatabase.POSTGRES_ADMIN + "&ApplicationName=" + APPLICATION_NAME, config -> {
                config.setMaximumPoolSize(1);
                config.setConnectionTimeout(TIMEOUT_MILLIS / 2);
            }));

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(Producer.class)
            .config("dockerflow.heartbeat.details", "always")
            .config("dockerflow.checks", "database")
            .config("dockerflow.heartbeat.timeout", Long.toString(TIMEOUT_MILLIS));

    @AfterAll
    static void close() {
        POOL.close();
    }

    @Test
    void reportsTheDeadConnectionThenRecovers() throws SQLException {
        assertEquals(expected("{'status': 'ok', 'checks': {'database': 'ok'}, 'details': {}}"),
                TimedHeartbeat.of(app).answeredWithin(TIMEOUT_MILLIS).json());
        int killed = backend();

        terminate(killed);

        TimedHeartbeat dead = TimedHeartbeat.of(app).answeredWithin(TIMEOUT_MILLIS);
        assertEquals(500, dead.status());
        assertEquals(expected("""
                {'status': 'error', 'checks': {'database': 'error'},
                 'details': {'database': {'status': 'error', 'level': 40, 'messages': {'dockerflow.health.E002':
                     'the database connection is not usable: isValid(1) returned false'}}}}
                """), dead.json());
        assertEquals(0, POOL.getHikariPoolMXBean().getActiveConnections(), "connections in use");

        assertEquals(expected("{'status': 'ok', 'checks': {'database': 'ok'}, 'details': {}}"),
                TimedHeartbeat.of(app).answeredWithin(TIMEOUT_MILLIS).json());
        assertNotEquals(killed, backend(), "the pool's connection is a new one");
    }

    /** @return the process id of the pool's one backend */
    private static int backend() throws SQLException {
        try (Connection admin = DriverManager.getConnection(ScratchDatabase.POSTGRES_ADMIN);
                PreparedStatement query = admin.prepareStatement(
                        "select pid from pg_stat_activity where application_name = ?")) {
            query.setString(1, APPLICATION_NAME);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), "the pool has no connection");
                int pid = rows.getInt(1);
                assertTrue(!rows.next(), "the pool has more than one connection");
                return pid;
            }
        }
    }

    /** Ends a backend and waits (up to 5 s, in PostgreSQL) until it is gone. */
    private static void terminate(int pid) throws SQLException {
        try (Connection admin = DriverManager.getConnection(ScratchDatabase.POSTGRES_ADMIN);
                PreparedStatement kill = admin.prepareStatement("select pg_terminate_backend(?, 5000)")) {
            kill.setInt(1, pid);
            try (ResultSet rows = kill.executeQuery()) {
                assertTrue(rows.next() && rows.getBoolean(1), "backend " + pid + " was not terminated");
            }
        }
    }

    /** HikariCP reads its bypass window when a pool is created. */
    private static HikariDataSource bypassingTest(java.util.function.Supplier<HikariDataSource> create) {
        String key = "com.zaxxer.hikari.aliveBypassWindowMs";
        System.setProperty(key, Long.toString(3_600_000));
        try {
            return create.get();
        } finally {
            System.clearProperty(key);
        }
    }

    @ApplicationScoped
    static class Producer {
        @Produces
        DataSource dataSource() {
            return POOL;
        }
    }
}
