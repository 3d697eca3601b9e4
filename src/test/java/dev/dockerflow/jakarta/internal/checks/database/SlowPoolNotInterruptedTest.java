package dev.dockerflow.jakarta.internal.checks.database;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import javax.sql.DataSource;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A pool that takes longer than the heartbeat to hand out its first connection, as a server's pool
 * opening its database does: the heartbeat answers at its timeout, but the run is not interrupted (an
 * interrupt there broke Payara's pool for good); it ends on its own, and the next heartbeat is ok.
 */
class SlowPoolNotInterruptedTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(SlowPool.class)
            .config("dockerflow.heartbeat.details", "always")
            .config("dockerflow.checks", "database")
            .config("dockerflow.heartbeat.timeout", "200");

    @Test
    void theRunIsLeftToFinish() throws InterruptedException {
        SlowPool pool = app.container().select(SlowPool.class).get();

        assertEquals(expected("""
                {'status': 'error', 'checks': {'database': 'error'},
                 'details': {'database': {'status': 'error', 'level': 40,
                                          'messages': {'dockerflow.heartbeat.E001': 'timed out after 200 ms'}}}}
                """), DockerflowApp.json(app.get("/__heartbeat__")));
        assertTrue(pool.awaitOpening(), "the check never asked the pool for a connection");

        pool.open();
        assertTrue(pool.awaitHandedOut(), "the run never got its connection");
        assertFalse(pool.interrupted(), "the run was interrupted while the pool was opening");
        assertEquals(expected("{'status': 'ok', 'checks': {'database': 'ok'}, 'details': {}}"),
                DockerflowApp.json(app.get("/__heartbeat__")));
    }

    /**
     * The application's data source: holds every request for a connection until the test opens it,
     * noting whether a request was interrupted meanwhile. The run started with the application is the
     * one the first heartbeat waits for.
     */
    @ApplicationScoped
    static class SlowPool implements DataSource {
        final CountDownLatch opening = new CountDownLatch(1);
        final CountDownLatch open = new CountDownLatch(1);
        final CountDownLatch handedOut = new CountDownLatch(1);
        volatile boolean interrupted;

        // Through methods: the test holds the bean's client proxy, whose own fields are not these.
        boolean awaitOpening() throws InterruptedException {
            return opening.await(10, TimeUnit.SECONDS);
        }

        void open() {
            open.countDown();
        }

        boolean awaitHandedOut() throws InterruptedException {
            return handedOut.await(10, TimeUnit.SECONDS);
        }

        boolean interrupted() {
            return interrupted;
        }

        @Override
        public Connection getConnection() throws SQLException {
            opening.countDown();
            try {
                open.await();
            } catch (InterruptedException e) {
                interrupted = true;
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while opening", e);
            }
            Connection connection = ScratchDatabase.driverDataSource(ScratchDatabase.POSTGRES_ADMIN).getConnection();
            handedOut.countDown();
            return connection;
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
