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

import dev.dockerflow.jakarta.tck.deployment.WarningCheck;

/** {@code dockerflow.heartbeat.details=never}: the body is the status only, the status code unchanged. */
@ExtendWith(ArquillianExtension.class)
class DetailsNeverTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(DetailsNeverTest.class).with(WarningCheck.class)
                .config("dockerflow.heartbeat.details", "never").build();
    }

    @ArquillianResource
    URL base;

    @Test
    void showsTheStatusOnly() {
        HttpResponse<String> response = get(base, "__heartbeat__");

        assertEquals(500, response.statusCode(), response.body());
        assertEquals(expected("{'status': 'warning'}"), json(response));
    }
}
