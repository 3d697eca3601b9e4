package dev.dockerflow.jakarta.internal.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import dev.dockerflow.jakarta.logging.LogFields;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.LogCapture;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The application's own exception mappers win over the library's, and what they map is handled. */
class ApplicationMappersTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with().jaxrs(Resources.class, InvalidInputMapper.class,
            EverythingMapper.class);

    @RegisterExtension
    LogCapture summaries = LogCapture.of("request.summary");

    @Test
    void aMapperForTheExceptionsTypeWins() {
        HttpResponse<String> response = app.get("/notes/invalid");

        assertEquals(400, response.statusCode());
        assertEquals("invalid: no such note", response.body());
        assertHandled();
    }

    @Test
    void anApplicationMapperForThrowableWinsToo() {
        HttpResponse<String> response = app.get("/notes/broken");

        assertEquals(503, response.statusCode());
        assertEquals("our own page", response.body());
        assertHandled();
    }

    private void assertHandled() {
        List<LogRecord> records = summaries.records();
        assertEquals(1, records.size());
        assertEquals(Level.INFO, records.get(0).getLevel());
        assertEquals(0, ((LogFields) records.get(0).getParameters()[0]).asMap().get("errno"));
    }

    public static class InvalidInputMapper implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException exception) {
            return Response.status(400).entity("invalid: " + exception.getMessage()).type("text/plain").build();
        }
    }

    public static class EverythingMapper implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable exception) {
            return Response.status(503).entity("our own page").type("text/plain").build();
        }
    }
}
