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

import dev.dockerflow.jakarta.tck.deployment.InfoCheck;
import dev.dockerflow.jakarta.tck.deployment.OkCheck;

/** Checks at ok and info: the heartbeat passes with 200, its status the highest level found. */
@ExtendWith(ArquillianExtension.class)
class HeartbeatOkTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(HeartbeatOkTest.class).with(OkCheck.class, InfoCheck.class)
                .config("dockerflow.heartbeat.details", "always").build();
    }

    @ArquillianResource
    URL base;

    @Test
    void passes() {
        HttpResponse<String> response = get(base, "__heartbeat__");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(expected("""
                {'status': 'info', 'checks': {'ok_check': 'ok', 'info_check': 'info'},
                 'details': {'info_check': {'status': 'info', 'level': 20, 'messages': {'tck.I001': 'cache is cold'}}}}
                """), json(response));
    }
}
