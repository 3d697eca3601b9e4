package dev.dockerflow.jakarta.tck;

import static dev.dockerflow.jakarta.tck.Http.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

import dev.dockerflow.jakarta.tck.deployment.InstalledMozlogHandler;
import dev.dockerflow.jakarta.tck.deployment.LoggingApplication;
import dev.dockerflow.jakarta.tck.deployment.LoggingResource;
import dev.dockerflow.jakarta.tck.deployment.SummaryRecorder;
import jakarta.json.JsonObject;

/**
 * {@code dockerflow.logging.stdout=true} with {@code dockerflow.logging.loggers} naming the application's
 * logger, and no logging code of the application's: the library has installed one {@code MozlogHandler}
 * on request.summary, {@code dockerflow} and the application's logger, in place of their parents'
 * handlers; every line it writes is schema-valid, a blocking resource's line and its request.summary
 * carry the request's {@code rid}, in that order.
 */
@ExtendWith(ArquillianExtension.class)
class LoggingStdoutTest {

    static final List<String> LOGGERS = List.of("request.summary", "dockerflow", SummaryRecorder.APPLICATION);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return archive(LoggingStdoutTest.class);
    }

    /** The application that turns the key on: its logging resource and the kit's look at the handler. */
    static WebArchive archive(Class<?> scenario) {
        return TckArchive.of(scenario).applications(LoggingApplication.class)
                .with(LoggingResource.class, InstalledMozlogHandler.class)
                .config("dockerflow.logging.stdout", "true")
                .config("dockerflow.logging.loggers", SummaryRecorder.APPLICATION)
                .build();
    }

    /** Asserts one handler of the library's, the same on each logger, none of them using its parents'. */
    static void assertOneHandlerOnEach(URL base) {
        JsonObject installed = Http.installedHandlers(base, LOGGERS.toArray(String[]::new));
        JsonObject summary = installed.getJsonObject("request.summary");
        assertEquals(1, summary.getJsonArray("handlers").size(), installed.toString());
        for (String logger : LOGGERS) {
            JsonObject each = installed.getJsonObject(logger);
            assertEquals(summary.getJsonArray("handlers"), each.getJsonArray("handlers"), installed.toString());
            assertFalse(each.getBoolean("useParentHandlers"), installed.toString());
        }
    }

    @ArquillianResource
    URL base;

    @Test
    void writesSchemaValidLinesWithTheRequestId() {
        assertOneHandlerOnEach(base);

        String id = "tck-logging-stdout-" + UUID.randomUUID();
        HttpResponse<String> response = get(base, "logged", "X-Request-ID", id);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("logged", response.body());

        LoggedRequest.assertApplicationLineThenSummary(Http.installedHandlerLines(base), id);
    }
}
