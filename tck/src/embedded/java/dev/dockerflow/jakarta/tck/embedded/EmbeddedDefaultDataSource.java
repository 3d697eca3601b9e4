package dev.dockerflow.jakarta.tck.embedded;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The embedded runtime's default data source, an H2 database in memory, as WildFly and Payara have one
 * out of the box. There is no JNDI here, so it is a CDI bean, which the database check also finds.
 */
@ApplicationScoped
public class EmbeddedDefaultDataSource {

    @Produces
    @ApplicationScoped
    DataSource defaultDataSource() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:dockerflow-tck;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        return dataSource;
    }
}
