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

import dev.dockerflow.jakarta.tck.deployment.LeftCheck;
import dev.dockerflow.jakarta.tck.deployment.Rendezvous;
import dev.dockerflow.jakarta.tck.deployment.RightCheck;

/**
 * Two checks that each wait for the other: both pass only if the heartbeat runs them at the same
 * time. Run one after the other, the first would give up waiting and report an error.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentChecksTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(ConcurrentChecksTest.class).with(LeftCheck.class, RightCheck.class, Rendezvous.class)
                .config("dockerflow.heartbeat.timeout", "5000")
                .config("dockerflow.heartbeat.details", "always").build();
    }

    @ArquillianResource
    URL base;

    @Test
    void checksRunConcurrently() {
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> response = get(base, "__heartbeat__");

            assertEquals(200, response.statusCode(), response.body());
            assertEquals(expected("{'status': 'ok', 'checks': {'left': 'ok', 'right': 'ok'}, 'details': {}}"),
                    json(response));
        }
    }
}
