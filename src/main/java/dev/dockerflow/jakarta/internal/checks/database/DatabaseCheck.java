package dev.dockerflow.jakarta.internal.checks.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.internal.heartbeat.RegisteredCheck;
import dev.dockerflow.jakarta.internal.secrets.SecretMask;

/**
 * One data source's check: borrow a connection, ask the driver whether it is valid, give it back.
 *
 * <ul>
 * <li>{@value MessageIds#DATABASE_MISCONFIGURED}: there is no data source to check;</li>
 * <li>{@value MessageIds#DATABASE_CANNOT_CONNECT}: {@code getConnection()} failed; the text carries the
 *     driver's or pool's message, with anything like a password masked;</li>
 * <li>{@value MessageIds#DATABASE_NOT_USABLE}: {@code isValid} answered false or threw.</li>
 * </ul>
 *
 * <p>The connection is closed before the check returns, whatever happens, and also when the heartbeat
 * has stopped waiting for the check: the runner interrupts a check at the deadline, and an interrupted
 * check still reaches its {@code finally}. A connection that is not usable is aborted before it is
 * closed, so that a pool discards it instead of handing it out again on the next heartbeat.
 */
final class DatabaseCheck implements RegisteredCheck {

    private static final Logger LOG = Logger.getLogger("dockerflow.heartbeat");
    /** Runs the driver's abort work on the check's own thread: the check waits for it anyway. */
    private static final Executor SAME_THREAD = Runnable::run;

    private final String name;
    private final DataSourceLookup lookup;
    private final int validSeconds;

    /**
     * @param name the check's name in the heartbeat
     * @param lookup where its data source comes from
     * @param validSeconds the timeout given to {@code isValid}, at least 1
     */
    DatabaseCheck(String name, DataSourceLookup lookup, int validSeconds) {
        this.name = name;
        this.lookup = lookup;
        this.validSeconds = validSeconds;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String source() {
        int member = name.indexOf(':');
        return "built-in database check" + (member < 0 ? "" : " on " + name.substring(member + 1));
    }

    /**
     * Looks a JNDI data source up here, where JNDI sees the application's {@code java:comp}; it is
     * remembered. A CDI bean is left to the run: its producer may connect.
     */
    @Override
    public void resolveOnCaller() {
        if (!lookup.needsCallerContext()) {
            return;
        }
        try {
            lookup.find();
        } catch (DataSourceMissing e) {
            // run() looks again and reports it.
        }
    }

    /** Not interrupted: the connection pool may be opening, and the run gives its connection back when it ends. */
    @Override
    public boolean interruptible() {
        return false;
    }

    @Override
    public List<CheckMessage> run() {
        DataSource dataSource;
        try {
            dataSource = lookup.find();
        } catch (DataSourceMissing e) {
            return List.of(e.toMessage());
        }
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException | RuntimeException e) {
            return List.of(CheckMessage.error(MessageIds.DATABASE_CANNOT_CONNECT,
                    "cannot connect to the database: " + SecretMask.describe(e)));
        }
        if (connection == null) {
            return List.of(CheckMessage.error(MessageIds.DATABASE_CANNOT_CONNECT,
                    "cannot connect to the database: the data source returned no connection"));
        }
        try {
            return validate(connection);
        } finally {
            release(connection);
        }
    }

    private List<CheckMessage> validate(Connection connection) {
        String problem;
        try {
            if (connection.isValid(validSeconds)) {
                return List.of();
            }
            problem = "isValid(" + validSeconds + ") returned false";
        } catch (SQLException | RuntimeException e) {
            problem = SecretMask.describe(e);
        }
        discard(connection);
        return List.of(CheckMessage.error(MessageIds.DATABASE_NOT_USABLE,
                "the database connection is not usable: " + problem));
    }

    /**
     * Aborts a broken connection. A pool that does not test connections on every borrow (HikariCP skips
     * the test for a connection used in the last 500 ms) would otherwise lend the same dead connection
     * to the next heartbeat; an aborted one fails the pool's own check when it is given back.
     */
    private static void discard(Connection connection) {
        try {
            connection.abort(SAME_THREAD);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "Aborting an unusable database connection failed", e);
        }
    }

    private static void release(Connection connection) {
        try {
            connection.close();
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "Giving a database connection back failed", e);
        }
    }
}
