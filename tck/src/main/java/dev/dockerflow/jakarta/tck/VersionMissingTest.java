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

/** No version.json in the base dir and none packaged: 404 with a JSON error. */
@ExtendWith(ArquillianExtension.class)
class VersionMissingTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(VersionMissingTest.class)
                .config("dockerflow.base-dir", TckFiles.emptyFolder().toString()).build();
    }

    @ArquillianResource
    URL base;

    @Test
    void answers404() {
        HttpResponse<String> response = get(base, "__version__");

        assertEquals(404, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(expected("{'status': 404, 'error': 'version.json not found'}"), json(response));
    }
}
