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

import dev.dockerflow.jakarta.tck.deployment.OkCheck;
import dev.dockerflow.jakarta.tck.deployment.WarningCheck;

/** {@code dockerflow.heartbeat.fail-level=error} from the packaged configuration: a warning passes. */
@ExtendWith(ArquillianExtension.class)
class FailLevelTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(FailLevelTest.class).with(OkCheck.class, WarningCheck.class)
                .config("dockerflow.heartbeat.fail-level", "error")
                .config("dockerflow.heartbeat.details", "always").build();
    }

    @ArquillianResource
    URL base;

    @Test
    void aWarningPasses() {
        HttpResponse<String> response = get(base, "__heartbeat__");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(expected("""
                {'status': 'warning', 'checks': {'ok_check': 'ok', 'warn_check': 'warning'},
                 'details': {'warn_check': {'status': 'warning', 'level': 30, 'messages': {'tck.W001': 'disk is 91% full'}}}}
                """), json(response));
    }
}
