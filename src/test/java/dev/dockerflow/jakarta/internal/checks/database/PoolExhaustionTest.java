package dev.dockerflow.jakarta.internal.checks.database;

import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A thousand heartbeats while the database is down do not exhaust the application's pool: the check
 * gives every connection back (here it never gets one), no thread is left waiting for one, and the
 * heartbeat still answers {@value MessageIds#DATABASE_CANNOT_CONNECT} before its timeout.
 */
class PoolExhaustionTest {

    static final long TIMEOUT_MILLIS = 300;
    /** HikariCP's wait for a connection: far below the heartbeat's timeout, so each heartbeat is short. */
    static final long POOL_TIMEOUT_MILLIS = 10;
    static final int HEARTBEATS = 1000;

    static final HikariDataSource POOL = Pools.hikari("exhaustion", ScratchDatabase.downPostgres(), config -> {
        config.setMaximumPoolSize(2);
        config.setConnectionTimeout(POOL_TIMEOUT_MILLIS);
    });

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
    void aThousandHeartbeatsLeaveThePoolUsable() {
        long started = System.nanoTime();
        for (int i = 0; i < HEARTBEATS; i++) {
            assertCannotConnect(app.get("/__heartbeat__"));
        }
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        Logger.getLogger(getClass().getName()).info(HEARTBEATS + " heartbeats took " + elapsedMillis + " ms");

        assertEquals(0, POOL.getHikariPoolMXBean().getActiveConnections(), "connections in use");
        assertEquals(0, POOL.getHikariPoolMXBean().getThreadsAwaitingConnection(), "threads waiting for a connection");
        TimedHeartbeat last = TimedHeartbeat.of(app);
        assertCannotConnect(last.response());
        last.answeredWithin(TIMEOUT_MILLIS, 0);
    }

    private static void assertCannotConnect(HttpResponse<String> response) {
        assertEquals(500, response.statusCode());
        JsonObject body = json(response);
        JsonObject database = body.getJsonObject("details").getJsonObject("database");
        String text = database.getJsonObject("messages").getString(MessageIds.DATABASE_CANNOT_CONNECT);
        assertTrue(text.startsWith("cannot connect to the database: exhaustion - Connection is not available"), text);
    }

    @ApplicationScoped
    static class Producer {
        @Produces
        DataSource dataSource() {
            return POOL;
        }
    }
}
