package dev.dockerflow.jakarta.tck;

import static dev.dockerflow.jakarta.tck.Http.expected;
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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;


/** Methods other than GET and HEAD on the Dockerflow endpoints: 405 with an Allow header and a JSON error. */
@ExtendWith(ArquillianExtension.class)
class MethodNotAllowedTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(MethodNotAllowedTest.class).build();
    }

    @ArquillianResource
    URL base;

    // One test method per case rather than a @ParameterizedTest: quarkus-arquillian's test enricher
    // cannot enrich parameterized methods (NoSuchMethodException for the method's parameters).
    @Test
    void postOnTheHeartbeat() {
        isNotAllowed("POST", "__heartbeat__");
    }

    @Test
    void putOnTheVersion() {
        isNotAllowed("PUT", "__version__");
    }

    @Test
    void deleteOnTheLbheartbeat() {
        isNotAllowed("DELETE", "__lbheartbeat__");
    }

    @Test
    void patchOnTheHeartbeat() {
        isNotAllowed("PATCH", "__heartbeat__");
    }

    private void isNotAllowed(String method, String path) {
        HttpResponse<String> response = Http.send(method, base, path);

        assertEquals(405, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(expected("{'status': 405, 'error': 'method not allowed'}"), json(response));
        Set<String> allowed = response.headers().allValues("Allow").stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim)
                .collect(Collectors.toSet());
        assertTrue(allowed.containsAll(Set.of("GET", "HEAD")), "Allow: " + allowed);
        assertFalse(allowed.contains(method), "Allow: " + allowed);
    }
}
