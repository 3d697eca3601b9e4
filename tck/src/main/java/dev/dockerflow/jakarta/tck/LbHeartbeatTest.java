package dev.dockerflow.jakarta.tck;

import static dev.dockerflow.jakarta.tck.Http.get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.dockerflow.jakarta.tck.deployment.ErrorCheck;

/** {@code /__lbheartbeat__} answers 200 to GET and HEAD, whatever the checks would say. */
@ExtendWith(ArquillianExtension.class)
class LbHeartbeatTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(LbHeartbeatTest.class).with(ErrorCheck.class).build();
    }

    @ArquillianResource
    URL base;

    @Test
    void answers200ToGet() {
        HttpResponse<String> response = get(base, "__lbheartbeat__");

        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void answers200ToHeadWithoutABody() {
        HttpResponse<String> response = Http.send("HEAD", base, "__lbheartbeat__");

        assertEquals(200, response.statusCode());
        assertEquals("", Http.afterHeadOfHead(base, "__lbheartbeat__"), "bytes after the head of HEAD");
    }
}
