package dev.dockerflow.jakarta.checks.database;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

import javax.sql.DataSource;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Qualifier;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Several DataSource beans, one of them {@code @Default}: the check looks at that one, the data source
 * {@code @Inject DataSource} gives the application (the other one's database is down here).
 */
class DefaultBeanAmongSeveralTest {

    @RegisterExtension
    static final FaultyProxy DOWN = FaultyProxy.to("127.0.0.1", 5432, FaultyProxy.Mode.REFUSE);

    @RegisterExtension
    @Order(1)
    static ScratchDatabase postgres = ScratchDatabase.postgres();

    @RegisterExtension
    @Order(2)
    static DockerflowApp app = DockerflowApp.with(Producers.class).config("dockerflow.checks", "database");

    @Test
    void checksTheDefaultBean() {
        assertEquals(expected("{'status': 'ok', 'checks': {'database': 'ok'}, 'details': {}}"),
                json(app.get("/__heartbeat__")));
    }

    @Qualifier
    @Retention(RetentionPolicy.RUNTIME)
    @interface Reports {
    }

    @ApplicationScoped
    static class Producers {
        @Produces
        DataSource notes() {
            return postgres.dataSource();
        }

        @Produces
        @Reports
        DataSource reports() {
            return postgres.dataSource("jdbc:postgresql://127.0.0.1:" + DOWN.port() + "/test?user=postgres");
        }
    }
}
