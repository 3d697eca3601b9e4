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

import dev.dockerflow.jakarta.tck.deployment.ErrorCheck;

/** {@code dockerflow.heartbeat.failed-status-code=503}: a failed heartbeat answers 503, body unchanged. */
@ExtendWith(ArquillianExtension.class)
class FailedStatusCodeTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(FailedStatusCodeTest.class).with(ErrorCheck.class)
                .config("dockerflow.heartbeat.failed-status-code", "503")
                .config("dockerflow.heartbeat.details", "always").build();
    }

    @ArquillianResource
    URL base;

    @Test
    void answers503() {
        HttpResponse<String> response = get(base, "__heartbeat__");

        assertEquals(503, response.statusCode(), response.body());
        assertEquals(expected("""
                {'status': 'error', 'checks': {'err_check': 'error'},
                 'details': {'err_check': {'status': 'error', 'level': 40, 'messages': {'tck.E001': 'queue is unreachable'}}}}
                """), json(response));
    }
}
