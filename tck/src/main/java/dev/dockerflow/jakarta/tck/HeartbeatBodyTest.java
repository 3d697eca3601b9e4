package dev.dockerflow.jakarta.tck;

import static dev.dockerflow.jakarta.tck.Http.expected;
import static dev.dockerflow.jakarta.tck.Http.get;
import static dev.dockerflow.jakarta.tck.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.dockerflow.jakarta.tck.deployment.ErrorCheck;
import dev.dockerflow.jakarta.tck.deployment.InfoCheck;
import dev.dockerflow.jakarta.tck.deployment.OkCheck;
import dev.dockerflow.jakarta.tck.deployment.WarningCheck;

/**
 * Checks at each level: the body lists every check and details those above ok; at the default fail
 * level (warning) the heartbeat fails with 500.
 */
@ExtendWith(ArquillianExtension.class)
class HeartbeatBodyTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(HeartbeatBodyTest.class)
                .with(OkCheck.class, InfoCheck.class, WarningCheck.class, ErrorCheck.class)
                .config("dockerflow.heartbeat.details", "always").build();
    }

    @ArquillianResource
    URL base;

    @Test
    void reportsEveryCheck() {
        HttpResponse<String> response = get(base, "__heartbeat__");

        assertEquals(500, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(expected("""
                {'status': 'error',
                 'checks': {'ok_check': 'ok', 'info_check': 'info', 'warn_check': 'warning', 'err_check': 'error'},
                 'details': {'info_check': {'status': 'info', 'level': 20, 'messages': {'tck.I001': 'cache is cold'}},
                             'warn_check': {'status': 'warning', 'level': 30, 'messages': {'tck.W001': 'disk is 91% full'}},
                             'err_check': {'status': 'error', 'level': 40, 'messages': {'tck.E001': 'queue is unreachable'}}}}
                """), json(response));
    }

    @Test
    void isNeverCached() {
        HttpResponse<String> response = get(base, "__heartbeat__");

        assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
                response.headers().map().toString());
    }
}
