package dev.dockerflow.jakarta.internal.checks.database;

import javax.naming.InitialContext;
import javax.naming.NameNotFoundException;
import javax.naming.NamingException;
import javax.naming.NoInitialContextException;
import javax.sql.DataSource;

import dev.dockerflow.jakarta.internal.secrets.SecretMask;

/**
 * A data source bound in JNDI, looked up with {@link InitialContext}: on an application server, in the
 * naming context of the thread that runs the check (the library runs checks on the platform's managed
 * executor, which carries the application's {@code java:comp} and {@code java:app}).
 */
final class JndiDataSourceLookup implements DataSourceLookup {

    private final String name;
    private final String hint;

    /**
     * @param name the JNDI name
     * @param hint how to fix a missing binding, or {@code null}
     */
    JndiDataSourceLookup(String name, String hint) {
        this.name = name;
        this.hint = hint;
    }

    @Override
    public String source() {
        return name;
    }

    /** A lookup in {@code java:comp} or {@code java:app} needs the application's naming context. */
    @Override
    public boolean needsCallerContext() {
        return true;
    }

    @Override
    public DataSource find() throws DataSourceMissing {
        Object bound;
        try {
            bound = InitialContext.doLookup(name);
        } catch (NameNotFoundException e) {
            throw missing("the name is not bound");
        } catch (NoInitialContextException e) {
            throw missing("there is no JNDI naming context");
        } catch (NamingException | RuntimeException e) {
            throw missing(SecretMask.describe(e));
        }
        if (bound instanceof DataSource dataSource) {
            return dataSource;
        }
        throw missing(bound == null ? "the name is bound to null"
                : "the name is bound to a " + bound.getClass().getName() + ", not a javax.sql.DataSource");
    }

    private DataSourceMissing missing(String why) {
        return new DataSourceMissing("no data source at " + name + ": " + why, hint);
    }
}
