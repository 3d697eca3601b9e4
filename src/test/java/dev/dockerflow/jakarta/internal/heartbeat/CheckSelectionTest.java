package dev.dockerflow.jakarta.internal.heartbeat;

import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import javax.sql.DataSource;

import dev.dockerflow.jakarta.deployment.CountingCheck;
import dev.dockerflow.jakarta.deployment.UpHealthCheck;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import org.eclipse.microprofile.health.Readiness;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code dockerflow.checks} turns built-in checks on and drops nothing: naming {@code database} and one
 * application check, as a configuration written when the key also selected checks did, still runs every
 * application check and every bridged health check.
 */
class CheckSelectionTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(Chosen.class, CountingCheck.class, Ready.class, H2.class)
            .config("dockerflow.heartbeat.details", "always")
            .config("dockerflow.checks", "database, chosen");

    @Test
    void addsTheBuiltInCheckToEveryOtherCheck() {
        assertEquals(expected("""
                {'status': 'ok', 'checks': {'chosen': 'ok', 'counting': 'ok', 'database': 'ok', 'ready': 'ok'},
                 'details': {}}
                """), json(app.get("/__heartbeat__")));
        assertEquals(1, app.container().select(CountingCheck.class).get().runs(),
                "runs of the application check that dockerflow.checks does not name");
    }

    @ApplicationScoped
    @Named("chosen")
    static class Chosen implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            return List.of();
        }
    }

    @Readiness
    @ApplicationScoped
    static class Ready extends UpHealthCheck {
        Ready() {
            super("ready");
        }
    }

    /** The application's data source, for the built-in database check. */
    @ApplicationScoped
    static class H2 {
        @Produces
        DataSource dataSource() {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:check-selection");
            return dataSource;
        }
    }
}
