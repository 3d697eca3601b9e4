package dev.dockerflow.jakarta.internal.checks.database;

import javax.sql.DataSource;

import dev.dockerflow.jakarta.internal.secrets.SecretMask;
import jakarta.enterprise.inject.Instance;

/**
 * The application's {@code DataSource} CDI bean. The instance must be resolvable; it is created on
 * the first run of a check, on the check's own thread, not as the application starts nor on a
 * heartbeat's request thread, so that a pool that connects eagerly delays or fails neither the
 * deployment nor a heartbeat.
 */
final class BeanDataSourceLookup implements DataSourceLookup {

    private final Instance<DataSource> bean;
    private final String source;

    /**
     * @param bean a resolvable instance
     * @param source how the bean is described
     */
    BeanDataSourceLookup(Instance<DataSource> bean, String source) {
        this.bean = bean;
        this.source = source;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public DataSource find() throws DataSourceMissing {
        DataSource dataSource;
        try {
            dataSource = bean.get();
        } catch (RuntimeException e) {
            throw new DataSourceMissing("the application's DataSource bean " + source + " could not be created: "
                    + SecretMask.describe(e), null);
        }
        if (dataSource == null) {
            throw new DataSourceMissing("the application's DataSource bean " + source + " is null", null);
        }
        return dataSource;
    }
}
