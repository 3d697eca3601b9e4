package dev.dockerflow.jakarta.internal.checks.database;

import java.util.List;

import javax.sql.DataSource;

/**
 * Several {@code DataSource} beans and none of them {@code @Default}: checking one of them, or the
 * platform's default data source instead, could report a healthy database while the one that matters
 * is down, so the check reports the ambiguity until the configuration settles it.
 */
final class AmbiguousDataSourceBeans implements DataSourceLookup {

    private final List<String> beans;

    /** @param beans descriptions of the beans, two or more */
    AmbiguousDataSourceBeans(List<String> beans) {
        this.beans = List.copyOf(beans);
    }

    @Override
    public String source() {
        return "DataSource beans";
    }

    @Override
    public DataSource find() throws DataSourceMissing {
        throw new DataSourceMissing("cannot tell which data source to check: the application has " + beans.size()
                + " DataSource beans (" + String.join(", ", beans) + ") and none is @Default",
                "name the data sources to check by their JNDI names in " + ApplicationDataSources.DATASOURCE_KEY
                        + ", or make one of the beans @Default");
    }
}
