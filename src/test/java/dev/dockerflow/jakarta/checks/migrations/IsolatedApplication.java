package dev.dockerflow.jakarta.checks.migrations;

import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.h2.jdbcx.JdbcDataSource;

/**
 * An application with an in-memory H2 data source, deployed with the given configuration, asked for
 * one heartbeat and stopped. Loaded and run by a {@link HidingClassLoader}: it talks to the test only
 * through JDK types, because its own classes are not the test's.
 */
public final class IsolatedApplication implements Function<Map<String, String>, String> {

    @Override
    public String apply(Map<String, String> config) {
        DockerflowApp app = DockerflowApp.with(H2.class);
        config.forEach(app::config);
        app.start();
        try {
            return app.get("/__heartbeat__").body();
        } finally {
            app.stop();
        }
    }

    /** The application's data source. */
    @ApplicationScoped
    public static class H2 {
        @Produces
        DataSource dataSource() {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:isolated");
            return dataSource;
        }
    }
}
