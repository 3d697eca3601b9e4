package dev.dockerflow.jakarta.tck;

import static dev.dockerflow.jakarta.tck.Http.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
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
import jakarta.json.JsonObject;

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

        List<JsonObject> lines = Http.stdoutLines(base);
        lines.forEach(MozlogSchema::assertValid);
        List<JsonObject> ofTheRequest = lines.stream()
                .filter(line -> id.equals(line.getJsonObject("Fields").getString("rid", null))).toList();
        assertEquals(List.of("tck.application", "request.summary"),
                ofTheRequest.stream().map(line -> line.getString("Type")).toList(), lines.toString());
        assertEquals("handling a request", ofTheRequest.get(0).getJsonObject("Fields").getString("msg"));
        String path = ofTheRequest.get(1).getJsonObject("Fields").getString("path");
        assertTrue(path.endsWith("/logged"), path);
    }
}
