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

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;

import dev.dockerflow.jakarta.tck.deployment.SummaryRecorder;

/** X-Request-ID: a well-formed id is echoed and logged; a missing or hostile one is replaced by a UUID4. */
@ExtendWith(ArquillianExtension.class)
class RequestIdTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(RequestIdTest.class).with(SummaryRecorder.class).build();
    }

    @ArquillianResource
    URL base;

    @Test
    void echoesAWellFormedId() {
        HttpResponse<String> response = get(base, "__lbheartbeat__", "X-Request-ID", "tck-abc-123");

        assertEquals("tck-abc-123", response.headers().firstValue("X-Request-ID").orElseThrow());
        Http.summaryOf(base, "tck-abc-123");
    }

    @Test
    void generatesAMissingId() {
        HttpResponse<String> response = get(base, "__lbheartbeat__");

        String generated = response.headers().firstValue("X-Request-ID").orElseThrow();
        assertEquals(4, UUID.fromString(generated).version());
        Http.summaryOf(base, generated);
    }

    @Test
    void replacesAnOverlongId() {
        String overlong = "x".repeat(201);
        HttpResponse<String> response = get(base, "__lbheartbeat__", "X-Request-ID", overlong);

        String replaced = response.headers().firstValue("X-Request-ID").orElseThrow();
        assertNotEquals(overlong, replaced);
        assertEquals(4, UUID.fromString(replaced).version());
        Http.summaryOf(base, replaced);
    }
}
