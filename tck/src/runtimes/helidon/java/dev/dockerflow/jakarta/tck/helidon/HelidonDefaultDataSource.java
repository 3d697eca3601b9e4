package dev.dockerflow.jakarta.tck.helidon;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The server's default data source, an H2 database in memory, as a CDI bean: Helidon has no JNDI, and a
 * Helidon application gets its data source as a bean (Helidon's own data source integrations make one
 * from configuration). It is on the server's class path, not in the WAR, as a server's data source is.
 */
@ApplicationScoped
public class HelidonDefaultDataSource {

    @Produces
    @ApplicationScoped
    DataSource defaultDataSource() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:dockerflow-tck;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        return dataSource;
    }
}
