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

import java.nio.file.Path;

/** version.json in the base dir wins over the packaged one, and is read again on every request. */
@ExtendWith(ArquillianExtension.class)
class VersionBaseDirTest {

    static final Path BASE_DIR = TckFiles.emptyFolder();

    @Deployment(testable = false)
    static WebArchive deployment() {
        TckFiles.write(BASE_DIR.resolve("version.json"), "{\"version\": \"2.0.0\", \"commit\": \"abc\"}");
        return TckArchive.of(VersionBaseDirTest.class)
                .config("dockerflow.base-dir", BASE_DIR.toString())
                .resource("META-INF/dockerflow/version.json", "{\"version\": \"packaged\"}").build();
    }

    @ArquillianResource
    URL base;

    @Test
    void servesTheBaseDirFile() {
        HttpResponse<String> response = get(base, "__version__");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(expected("{'version': '2.0.0', 'commit': 'abc'}"), json(response));

        TckFiles.write(BASE_DIR.resolve("version.json"), "{\"version\": \"2.0.1\"}");
        assertEquals(expected("{'version': '2.0.1'}"), json(get(base, "__version__")));
    }
}
