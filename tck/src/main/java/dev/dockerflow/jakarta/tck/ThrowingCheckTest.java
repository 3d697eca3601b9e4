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
import dev.dockerflow.jakarta.tck.deployment.ThrowingCheck;

/** A check that throws is an error, dockerflow.heartbeat.E002, the password in its text masked; the others still report. */
@ExtendWith(ArquillianExtension.class)
class ThrowingCheckTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(ThrowingCheckTest.class).with(ThrowingCheck.class, OkCheck.class)
                .config("dockerflow.heartbeat.details", "always").build();
    }

    @ArquillianResource
    URL base;

    @Test
    void isAnError() {
        HttpResponse<String> response = get(base, "__heartbeat__");

        assertEquals(500, response.statusCode(), response.body());
        assertEquals(expected("""
                {'status': 'error', 'checks': {'ok_check': 'ok', 'throwing_check': 'error'},
                 'details': {'throwing_check': {'status': 'error', 'level': 40, 'messages':
                     {'dockerflow.heartbeat.E002': 'check failed: java.lang.IllegalStateException: tck: the check fell over at postgres://tck:***@db/tck'}}}}
                """), json(response));
    }
}
