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

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.dockerflow.jakarta.tck.deployment.TckIdentityStore;
import dev.dockerflow.jakarta.tck.deployment.WarningCheck;

/**
 * {@code dockerflow.heartbeat.details=authorized}: details only for a caller the runtime authenticated
 * and found in the role {@code dockerflow}. The heartbeat itself needs no credentials. The deployment's
 * {@link TckIdentityStore} is the Jakarta Security way; a runtime without Jakarta Security (Quarkus) is given
 * the same users, passwords and groups in its own security configuration by the build.
 */
@ExtendWith(ArquillianExtension.class)
class DetailsAuthorizedTest {

    static final String FULL = """
            {'status': 'warning', 'checks': {'warn_check': 'warning'},
             'details': {'warn_check': {'status': 'warning', 'level': 30, 'messages': {'tck.W001': 'disk is 91% full'}}}}
            """;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(DetailsAuthorizedTest.class).with(WarningCheck.class, TckIdentityStore.class)
                .config("dockerflow.heartbeat.details", "authorized")
                .webInf("web.xml", WEB_XML).build();
    }

    @ArquillianResource
    URL base;

    @Test
    void anonymousCallersSeeTheStatusOnly() {
        HttpResponse<String> response = get(base, "__heartbeat__");

        assertEquals(500, response.statusCode(), response.body());
        assertEquals(expected("{'status': 'warning'}"), json(response));
    }

    @Test
    void callersWithoutTheRoleSeeTheStatusOnly() {
        HttpResponse<String> response = get(base, "__heartbeat__", "Authorization", basic("reader", "reader-secret"));

        assertEquals(500, response.statusCode(), response.body());
        assertEquals(expected("{'status': 'warning'}"), json(response));
    }

    @Test
    void callersInTheRoleSeeTheDetails() {
        HttpResponse<String> response = get(base, "__heartbeat__", "Authorization", basic("operator", "operator-secret"));

        assertEquals(500, response.statusCode(), response.body());
        assertEquals(expected(FULL), json(response));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Declares the role, as an application that checks it should. */
    static final String WEB_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee"
                     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                     xsi:schemaLocation="https://jakarta.ee/xml/ns/jakartaee https://jakarta.ee/xml/ns/jakartaee/web-app_6_0.xsd"
                     version="6.0">
              <security-role>
                <role-name>dockerflow</role-name>
              </security-role>
            </web-app>
            """;
}
