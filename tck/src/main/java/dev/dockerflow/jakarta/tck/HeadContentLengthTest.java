package dev.dockerflow.jakarta.tck;

import static dev.dockerflow.jakarta.tck.Http.get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.dockerflow.jakarta.tck.deployment.WarningCheck;

/**
 * HEAD on the Dockerflow endpoints sends the {@code Content-Length} GET sends (RFC 9110, 9.3.2): the
 * length of the body it leaves out. {@link HeadRequestTest} shows the rest of HEAD.
 */
@ExtendWith(ArquillianExtension.class)
class HeadContentLengthTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(HeadContentLengthTest.class).with(WarningCheck.class)
                .resource("META-INF/dockerflow/version.json", "{\"version\": \"1.2.3\"}").build();
    }

    @ArquillianResource
    URL base;

    // One test method per endpoint rather than a @ParameterizedTest: quarkus-arquillian's test enricher
    // cannot enrich parameterized methods.
    @Test
    void heartbeat() {
        headSendsTheLengthOfGet("__heartbeat__");
    }

    @Test
    void version() {
        headSendsTheLengthOfGet("__version__");
    }

    @Test
    void lbheartbeat() {
        headSendsTheLengthOfGet("__lbheartbeat__");
    }

    private void headSendsTheLengthOfGet(String path) {
        HttpResponse<String> get = get(base, path);
        HttpResponse<String> head = Http.send("HEAD", base, path);

        Optional<String> length = Optional.of(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length));
        assertEquals(length, get.headers().firstValue("Content-Length"), "Content-Length of GET " + path);
        assertEquals(length, head.headers().firstValue("Content-Length"), "Content-Length of HEAD " + path);
    }
}
