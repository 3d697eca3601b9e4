package dev.dockerflow.jakarta.internal.datasources;

import javax.naming.InitialContext;
import javax.naming.NameNotFoundException;
import javax.naming.NamingException;
import javax.naming.NoInitialContextException;
import javax.sql.DataSource;

import dev.dockerflow.jakarta.internal.secrets.SecretMask;
import jakarta.enterprise.inject.Instance;

/**
 * One of the application's data sources: a JNDI name, a CDI bean, or why there is none to check. Kept
 * once found: a {@code @Dependent} producer would otherwise build a pool per heartbeat. A lookup that
 * failed is tried again on the next call, so that a data source bound late, or a bean whose creation
 * failed once, is picked up without a restart. Not API.
 */
public final class DataSourceLookup {

    /** There is no data source to check. Its message is free of secrets. */
    public static final class Missing extends Exception {

        private static final long serialVersionUID = 1L;

        private final String hint;

        Missing(String text, String hint) {
            super(text, null, false, false);
            this.hint = hint;
        }

        /** @return how to fix it, or {@code null} */
        public String hint() {
            return hint;
        }
    }

    private interface Finder {
        DataSource find() throws Missing;
    }

    private final String source;
    private final boolean jndi;
    private final Finder finder;
    private DataSource found;

    private DataSourceLookup(String source, boolean jndi, Finder finder) {
        this.source = source;
        this.jndi = jndi;
        this.finder = finder;
    }

    /** @param hint how to fix a missing binding, or {@code null} */
    static DataSourceLookup jndi(String name, String hint) {
        return new DataSourceLookup(name, true, () -> lookUp(name, hint));
    }

    /** @param bean a resolvable instance, created on the first {@link #find()} */
    static DataSourceLookup bean(Instance<DataSource> bean, String description) {
        return new DataSourceLookup(description, false, () -> {
            DataSource dataSource;
            try {
                dataSource = bean.get();
            } catch (RuntimeException e) {
                throw new Missing("the application's DataSource bean " + description + " could not be created: "
                        + SecretMask.describe(e), null);
            }
            if (dataSource == null) {
                throw new Missing("the application's DataSource bean " + description + " is null", null);
            }
            return dataSource;
        });
    }

    /** A lookup that always fails: the configuration leaves no data source to check. */
    static DataSourceLookup none(String source, String text, String hint) {
        return new DataSourceLookup(source, false, () -> {
            throw new Missing(text, hint);
        });
    }

    private static DataSource lookUp(String name, String hint) throws Missing {
        String why;
        try {
            Object bound = InitialContext.doLookup(name);
            if (bound instanceof DataSource dataSource) {
                return dataSource;
            }
            why = bound == null ? "the name is bound to null"
                    : "the name is bound to a " + bound.getClass().getName() + ", not a javax.sql.DataSource";
        } catch (NameNotFoundException e) {
            why = "the name is not bound";
        } catch (NoInitialContextException e) {
            why = "there is no JNDI naming context";
        } catch (NamingException | RuntimeException e) {
            why = SecretMask.describe(e);
        }
        throw new Missing("no data source at " + name + ": " + why, hint);
    }

    /** @return the JNDI name, or where the data source comes from */
    public String source() {
        return source;
    }

    /**
     * @return whether this is a JNDI lookup: quick, and in need of the {@code java:comp} of the thread
     *         that asks for a heartbeat (the library's own threads may not see it). Creating a bean runs
     *         the application's producer, which may connect, and belongs on the check's own thread.
     */
    public boolean byJndi() {
        return jndi;
    }

    /**
     * @return the data source, found now or kept from an earlier call
     * @throws Missing when there is none to check
     */
    public synchronized DataSource find() throws Missing {
        // One lookup at a time: the database and migrations checks share this one, and a producer must run once.
        if (found == null) {
            found = finder.find();
        }
        return found;
    }
}
