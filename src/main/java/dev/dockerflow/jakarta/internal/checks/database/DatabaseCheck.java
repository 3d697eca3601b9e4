package dev.dockerflow.jakarta.internal.checks.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.internal.datasources.DataSourceLookup;
import dev.dockerflow.jakarta.internal.heartbeat.RegisteredCheck;
import dev.dockerflow.jakarta.internal.secrets.SecretMask;

/**
 * One data source's check: borrow a connection, ask {@code isValid}, give it back whatever happens.
 * {@value MessageIds#DATABASE_MISCONFIGURED}: no data source to check; {@value MessageIds#DATABASE_CANNOT_CONNECT}:
 * {@code getConnection()} failed (its message, passwords masked); {@value MessageIds#DATABASE_NOT_USABLE}:
 * {@code isValid} answered false or threw.
 */
final class DatabaseCheck implements RegisteredCheck {

    private static final Logger LOG = Logger.getLogger("dockerflow.heartbeat");

    private final String name;
    private final DataSourceLookup lookup;
    private final int validSeconds;

    /**
     * @param name the check's name in the heartbeat
     * @param lookup where its data source comes from
     * @param timeoutMillis the heartbeat's timeout
     */
    DatabaseCheck(String name, DataSourceLookup lookup, long timeoutMillis) {
        this.name = name;
        this.lookup = lookup;
        this.validSeconds = validSeconds(timeoutMillis);
    }

    /**
     * The timeout for {@code isValid}, which counts whole seconds: the heartbeat's rounded down, so that
     * the driver gives up no later than the heartbeat, but at least 1, because 0 means none.
     */
    static int validSeconds(long timeoutMillis) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeoutMillis / 1000));
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

    /** Looks a JNDI data source up here, where JNDI sees {@code java:comp}; a bean's producer may connect: not here. */
    @Override
    public void resolveOnCaller() {
        if (lookup.byJndi()) {
            try {
                lookup.find();
            } catch (DataSourceLookup.Missing e) {
                // run() looks again and reports it.
            }
        }
    }

    /** Not interrupted: an interrupt while a pool opens can break it; a run left alone gives its connection back. */
    @Override
    public boolean interruptible() {
        return false;
    }

    @Override
    public List<CheckMessage> run() {
        Connection connection;
        try {
            connection = lookup.find().getConnection();
        } catch (DataSourceLookup.Missing e) {
            CheckMessage message = CheckMessage.error(MessageIds.DATABASE_MISCONFIGURED, e.getMessage());
            return List.of(e.hint() == null ? message : message.withHint(e.hint()));
        } catch (SQLException | RuntimeException e) {
            return cannotConnect(SecretMask.describe(e));
        }
        if (connection == null) {
            return cannotConnect("the data source returned no connection");
        }
        String problem = null;
        try {
            if (!connection.isValid(validSeconds)) {
                problem = "isValid(" + validSeconds + ") returned false";
            }
        } catch (SQLException | RuntimeException e) {
            problem = SecretMask.describe(e);
        } finally {
            release(connection, problem != null);
        }
        return problem == null ? List.of() : List.of(CheckMessage.error(MessageIds.DATABASE_NOT_USABLE,
                "the database connection is not usable: " + problem));
    }

    private static List<CheckMessage> cannotConnect(String why) {
        return List.of(CheckMessage.error(MessageIds.DATABASE_CANNOT_CONNECT,
                "cannot connect to the database: " + why));
    }

    /**
     * Gives the connection back. A broken one is aborted first (the driver's work on this thread, which
     * waits anyway), so that a pool discards it: HikariCP skips its own test for a connection used in the
     * last 500 ms, and would lend the same dead connection to the next heartbeat.
     */
    private static void release(Connection connection, boolean broken) {
        try {
            if (broken) {
                connection.abort(Runnable::run);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "Aborting an unusable database connection failed", e);
        }
        try {
            connection.close();
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "Giving a database connection back failed", e);
        }
    }
}
