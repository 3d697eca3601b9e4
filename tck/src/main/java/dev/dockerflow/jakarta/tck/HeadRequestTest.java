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

import dev.dockerflow.jakarta.tck.deployment.WarningCheck;

/** HEAD on the Dockerflow endpoints: GET's status and content type, no body ({@link HeadContentLengthTest}: its length). */
@ExtendWith(ArquillianExtension.class)
class HeadRequestTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(HeadRequestTest.class).with(WarningCheck.class)
                .resource("META-INF/dockerflow/version.json", "{\"version\": \"1.2.3\"}").build();
    }

    @ArquillianResource
    URL base;

    // One test method per endpoint rather than a @ParameterizedTest: quarkus-arquillian's test enricher
    // cannot enrich parameterized methods.
    @Test
    void heartbeat() {
        answersAsGetWithoutABody("__heartbeat__", 500);
    }

    @Test
    void version() {
        answersAsGetWithoutABody("__version__", 200);
    }

    @Test
    void lbheartbeat() {
        answersAsGetWithoutABody("__lbheartbeat__", 200);
    }

    private void answersAsGetWithoutABody(String path, int status) {
        HttpResponse<String> get = get(base, path);
        HttpResponse<String> head = Http.send("HEAD", base, path);

        assertEquals(status, get.statusCode(), get.body());
        assertEquals(status, head.statusCode());
        assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"));
        assertEquals("", Http.afterHeadOfHead(base, path), "bytes after the head of HEAD " + path);
    }
}
