package dev.dockerflow.jakarta.tck;

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

/** version.json packaged in the application, and no base dir file: served as it is. */
@ExtendWith(ArquillianExtension.class)
class VersionPackagedTest {

    static final String VERSION = """
            {"source": "https://github.com/mozilla-services/notes", "version": "1.4.0",
             "commit": "0123456789abcdef0123456789abcdef01234567", "build": "https://ci.example/builds/42"}
            """;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(VersionPackagedTest.class)
                .config("dockerflow.base-dir", TckFiles.emptyFolder().toString())
                .resource("META-INF/dockerflow/version.json", VERSION).build();
    }

    @ArquillianResource
    URL base;

    @Test
    void servesThePackagedFile() {
        HttpResponse<String> response = get(base, "__version__");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(Http.parse(VERSION), json(response));
    }
}
