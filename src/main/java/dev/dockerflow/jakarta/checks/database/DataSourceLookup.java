package dev.dockerflow.jakarta.checks.database;

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
}
