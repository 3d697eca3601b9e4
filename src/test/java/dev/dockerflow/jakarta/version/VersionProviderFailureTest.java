package dev.dockerflow.jakarta.version;

import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.LogCapture;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A VersionProvider that throws: 500 with a JSON error, one SEVERE record. */
class VersionProviderFailureTest {

    @TempDir
    static Path emptyBaseDir;

    @RegisterExtension
    DockerflowApp app = DockerflowApp.with(FailingVersion.class).config("dockerflow.base-dir", emptyBaseDir.toString());

    @RegisterExtension
    LogCapture log = LogCapture.of("dockerflow.version");

    @Test
    void answers500WithJsonError() {
        HttpResponse<String> response = app.get("/__version__");

        assertEquals(500, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonObject body = json(response);
        assertEquals(Set.of("status", "error"), body.keySet(), response.body());
        assertEquals(500, body.getInt("status"));
        assertEquals(JsonValue.ValueType.STRING, body.get("error").getValueType());
        List<String> severe = log.messages(Level.SEVERE);
        assertEquals(1, severe.size(), "SEVERE records on dockerflow.version: " + severe);
    }

    @ApplicationScoped
    static class FailingVersion implements VersionProvider {
        @Override
        public Optional<Map<String, Object>> version() {
            throw new IllegalStateException("build info unavailable");
        }
    }
}
