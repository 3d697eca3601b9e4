package dev.dockerflow.jakarta.tck;

import static dev.dockerflow.jakarta.tck.Http.get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.dockerflow.jakarta.tck.deployment.LoggingApplication;
import dev.dockerflow.jakarta.tck.deployment.LoggingResource;
import dev.dockerflow.jakarta.tck.deployment.MozlogToStdout;

/**
 * The README's way to mozlog lines on stdout without {@code logging.properties} (which Quarkus ignores):
 * the library's {@code MozlogHandler} installed on the loggers by a startup bean. Every line it writes is
 * schema-valid mozlog; a resource's own line carries the request's {@code rid}, and so does the request's
 * request.summary.
 */
@ExtendWith(ArquillianExtension.class)
class MozlogHandlerTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(MozlogHandlerTest.class).applications(LoggingApplication.class)
                .with(LoggingResource.class, MozlogToStdout.class).build();
    }

    @ArquillianResource
    URL base;

    @Test
    void writesSchemaValidLinesWithTheRequestId() {
        String id = "tck-stdout-" + UUID.randomUUID();
        HttpResponse<String> response = get(base, "logged", "X-Request-ID", id);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("logged", response.body());

        LoggedRequest.assertApplicationLineThenSummary(Http.stdoutLines(base), id);
    }
}
