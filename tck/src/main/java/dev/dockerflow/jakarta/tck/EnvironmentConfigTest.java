package dev.dockerflow.jakarta.tck;

import static dev.dockerflow.jakarta.tck.Http.expected;
import static dev.dockerflow.jakarta.tck.Http.get;
import static dev.dockerflow.jakarta.tck.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.dockerflow.jakarta.tck.deployment.EnvironmentSilencedCheck;

/**
 * Configuration from environment variables: the runtime was started with
 * {@code DOCKERFLOW_SILENCED_CHECKS=tck.W900}, and the packaged configuration says
 * {@code dockerflow.silenced-checks=tck.W901}. The environment wins, as MicroProfile Config orders
 * them: W900 is silenced, W901 is not.
 */
@ExtendWith(ArquillianExtension.class)
class EnvironmentConfigTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(EnvironmentConfigTest.class).with(EnvironmentSilencedCheck.class)
                .config("dockerflow.silenced-checks", "tck.W901")
                .config("dockerflow.heartbeat.details", "always").build();
    }

    @ArquillianResource
    URL base;

    @Test
    void theEnvironmentWins() {
        HttpResponse<String> response = get(base, "__heartbeat__");

        assertEquals(500, response.statusCode(), response.body());
        assertEquals(expected("""
                {'status': 'warning', 'checks': {'silenced_check': 'warning'},
                 'details': {'silenced_check': {'status': 'warning', 'level': 30,
                             'messages': {'tck.W901': 'silenced by the packaged configuration only'}}}}
                """), json(response));
    }
}
