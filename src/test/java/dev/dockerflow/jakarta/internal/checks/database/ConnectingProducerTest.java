package dev.dockerflow.jakarta.internal.checks.database;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.TcpFaultProxy;
import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The application's {@code @Dependent} DataSource producer connects as it creates the data source, and
 * the database black-holes connections: the producer hangs. The heartbeat that runs the check and one
 * that joins it both still answer at the timeout, the check reported as timed out, because the
 * producer runs on the check's thread, not on the request's.
 */
class ConnectingProducerTest {

    static final long TIMEOUT_MILLIS = 300;
    /** Calls of the producer so far, one permit each. */
    static final Semaphore PRODUCER_CALLED = new Semaphore(0);

    @RegisterExtension
    @Order(1)
    static ScratchDatabase database = ScratchDatabase.postgres();

    /** Down as the application starts, so that the producer fails then and is called again by the heartbeat. */
    static final TcpFaultProxy PROXY = database.proxy(TcpFaultProxy.Mode.REFUSE);

    @RegisterExtension
    @Order(2)
    static DockerflowApp app = DockerflowApp.with(ConnectingProducer.class)
            .config(ConnectingProducer.URL_KEY, database.jdbcUrlVia(PROXY))
            .config("dockerflow.checks", "database")
            .config("dockerflow.heartbeat.timeout", Long.toString(TIMEOUT_MILLIS))
            .config("dockerflow.heartbeat.details", "always");

    @Test
    void leaderAndJoinerAnswerAtTheTimeout() throws InterruptedException {
        PRODUCER_CALLED.drainPermits();
        PROXY.mode(TcpFaultProxy.Mode.HANG);
        try {
            CompletableFuture<TimedHeartbeat> leader = CompletableFuture.supplyAsync(() -> TimedHeartbeat.of(app));
            assertTrue(PRODUCER_CALLED.tryAcquire(5, TimeUnit.SECONDS), "the heartbeat never called the producer");
            CompletableFuture<TimedHeartbeat> joiner = CompletableFuture.supplyAsync(() -> TimedHeartbeat.of(app));

            for (TimedHeartbeat heartbeat : new TimedHeartbeat[] {answer(leader, "leading"), answer(joiner, "joining")}) {
                heartbeat.answeredWithin(TIMEOUT_MILLIS);
                assertEquals(500, heartbeat.status());
                assertEquals(expected("""
                        {'status': 'error', 'checks': {'database': 'error'},
                         'details': {'database': {'status': 'error', 'level': 40,
                                                  'messages': {'dockerflow.heartbeat.E001': 'timed out after 300 ms'}}}}
                        """), heartbeat.json());
            }
        } finally {
            // Ends the producer's hung connection, and with it the run.
            PROXY.mode(TcpFaultProxy.Mode.FORWARD);
        }
    }

    private static TimedHeartbeat answer(CompletableFuture<TimedHeartbeat> heartbeat, String which)
            throws InterruptedException {
        try {
            return heartbeat.get(5, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return fail("the " + which + " heartbeat did not answer within 5 s; its timeout is " + TIMEOUT_MILLIS + " ms");
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        }
    }

    /** A producer that checks its database is there before handing out a data source, as an eager pool does. */
    @ApplicationScoped
    static class ConnectingProducer {

        static final String URL_KEY = "scenario.datasource.url";

        @Inject
        @ConfigProperty(name = URL_KEY)
        String url;

        @Produces
        @Dependent
        DataSource dataSource() throws SQLException {
            PRODUCER_CALLED.release();
            try (Connection first = DriverManager.getConnection(url)) {
                return ScratchDatabase.driverDataSource(url);
            }
        }
    }
}
