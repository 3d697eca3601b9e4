package dev.dockerflow.jakarta.internal.checks.database;

import javax.sql.DataSource;

/**
 * A lookup that keeps the data source once found: a {@code @Dependent} producer would otherwise build
 * a new pool on every heartbeat, and a JNDI lookup would run on every heartbeat for an object that
 * does not change. A lookup that failed is tried again on the next run, so that a data source bound
 * late, or a bean whose creation failed once, is picked up without a restart.
 */
final class RememberedLookup implements DataSourceLookup {

    private final DataSourceLookup lookup;
    private DataSource found;

    /** @param lookup the lookup to remember */
    RememberedLookup(DataSourceLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public String source() {
        return lookup.source();
    }

    @Override
    public boolean needsCallerContext() {
        return lookup.needsCallerContext();
    }

    @Override
    public synchronized DataSource find() throws DataSourceMissing {
        // One lookup at a time: the database and migrations checks share this one, and a producer must run once.
        if (found == null) {
            found = lookup.find();
        }
        return found;
    }
}
