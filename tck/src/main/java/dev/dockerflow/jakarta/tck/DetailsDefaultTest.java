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

/**
 * No {@code dockerflow.heartbeat.details} configured: {@code authorized}, so an anonymous caller gets the status
 * only, on a runtime with a security layer or without one. ({@link DetailsAuthorizedTest} shows what a caller in
 * the role gets.)
 */
@ExtendWith(ArquillianExtension.class)
class DetailsDefaultTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(DetailsDefaultTest.class).with(WarningCheck.class).build();
    }

    @ArquillianResource
    URL base;

    @Test
    void anonymousCallersSeeTheStatusOnly() {
        HttpResponse<String> response = get(base, "__heartbeat__");

        assertEquals(500, response.statusCode(), response.body());
        assertEquals(expected("{'status': 'warning'}"), json(response));
    }
}
