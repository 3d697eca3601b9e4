package dev.dockerflow.jakarta.internal.checks.database;

import javax.sql.DataSource;

/** Where one of the application's data sources comes from, and how to get it. Not API. */
public interface DataSourceLookup {

    /**
     * @return the JNDI name of the data source, or a short description of where it comes from;
     *         a database check of several is named after it
     */
    String source();

    /**
     * Finds the data source. Called on every run of a check until it succeeds.
     *
     * @return the data source
     * @throws DataSourceMissing when there is none to check
     */
    DataSource find() throws DataSourceMissing;

    /**
     * Whether {@link #find()} needs the naming context of the thread that asks for a heartbeat, and is
     * quick there: a JNDI lookup is local. Such a lookup is done on that thread, before the check is
     * handed to a thread of the library's own pool, which does not see {@code java:comp}. Any other
     * lookup is done on the check's thread: creating a CDI bean runs the application's producer, which
     * may connect to the database, and must not hold up the heartbeat.
     *
     * @return {@code false} by default
     */
    default boolean needsCallerContext() {
        return false;
    }
}
