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

/**
 * {@code dockerflow.checks=database} and nothing else: the database check finds the runtime's own
 * default data source ({@code java:comp/DefaultDataSource}) and connects to it. The timeout leaves
 * room for a server's first connection, which opens its pool or starts its transaction manager (two
 * seconds on Open Liberty, six on Payara Micro's H2 database): the scenario is about the check, not
 * about how fast a cold server connects.
 */
@ExtendWith(ArquillianExtension.class)
class DefaultDataSourceTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(DefaultDataSourceTest.class).config("dockerflow.checks", "database")
                .config("dockerflow.heartbeat.timeout", "10000")
                .config("dockerflow.heartbeat.details", "always").build();
    }

    @ArquillianResource
    URL base;

    @Test
    void connects() {
        HttpResponse<String> response = get(base, "__heartbeat__");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(expected("{'status': 'ok', 'checks': {'database': 'ok'}, 'details': {}}"), json(response));
    }
}
