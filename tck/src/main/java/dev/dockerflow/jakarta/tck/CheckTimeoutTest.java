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

import dev.dockerflow.jakarta.tck.deployment.HungCheck;
import dev.dockerflow.jakarta.tck.deployment.OkCheck;

/**
 * A check that never answers: at {@code dockerflow.heartbeat.timeout} the heartbeat answers anyway,
 * the hung check an error (dockerflow.heartbeat.E001), the others unaffected; and again on the next
 * request, while the first run is still stuck.
 */
@ExtendWith(ArquillianExtension.class)
class CheckTimeoutTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(CheckTimeoutTest.class).with(HungCheck.class, OkCheck.class)
                .config("dockerflow.heartbeat.timeout", "300")
                .config("dockerflow.heartbeat.details", "always").build();
    }

    @ArquillianResource
    URL base;

    @Test
    void answersAtTheTimeout() {
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> response = get(base, "__heartbeat__");

            assertEquals(500, response.statusCode(), response.body());
            assertEquals(expected("""
                    {'status': 'error', 'checks': {'hung': 'error', 'ok_check': 'ok'},
                     'details': {'hung': {'status': 'error', 'level': 40,
                                          'messages': {'dockerflow.heartbeat.E001': 'timed out after 300 ms'}}}}
                    """), json(response));
        }
    }
}
