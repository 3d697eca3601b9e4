package dev.dockerflow.jakarta.internal.checks.database;

import javax.sql.DataSource;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's one DataSource bean in a scenario: the driver's own data source (no pool) on the
 * JDBC URL the scenario configures as {@value #URL_KEY}.
 */
@ApplicationScoped
public class ScenarioDataSource {

    /** The scenario's configuration key holding the JDBC URL. */
    public static final String URL_KEY = "scenario.datasource.url";

    @Inject
    @ConfigProperty(name = URL_KEY)
    String url;

    /**
     * @param url the JDBC URL, user included
     * @param beans the scenario's other beans
     * @return a deployment whose application has a DataSource bean on that URL
     */
    public static DockerflowApp on(String url, Class<?>... beans) {
        Class<?>[] all = new Class<?>[beans.length + 1];
        all[0] = ScenarioDataSource.class;
        System.arraycopy(beans, 0, all, 1, beans.length);
        return DockerflowApp.with(all)
                .config("dockerflow.heartbeat.details", "always").config(URL_KEY, url);
    }

    @Produces
    DataSource dataSource() {
        return ScratchDatabase.driverDataSource(url);
    }
}
