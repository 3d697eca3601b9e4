package dev.dockerflow.jakarta.version;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A VersionProvider bean replaces the file lookup, even when the base dir holds a version.json. */
class VersionProviderTest {

    @TempDir
    static Path baseDir;

    @RegisterExtension
    DockerflowApp app = DockerflowApp.with(BuildInfoVersion.class).config("dockerflow.base-dir", baseDir.toString());

    @Test
    void servesTheProvidersObject() throws IOException {
        Files.writeString(baseDir.resolve("version.json"), "{\"version\": \"from-file\"}");

        HttpResponse<String> response = app.get("/__version__");

        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(expected("""
                {'source': 'https://github.com/org/repo', 'version': 'from-provider', 'commit': 'abc123',
                 'build': 'https://ci.example.com/job/7', 'modules': ['api', 'worker'], 'number': 7}
                """), json(response));
    }

    @ApplicationScoped
    static class BuildInfoVersion implements VersionProvider {
        @Override
        public Optional<Map<String, Object>> version() {
            return Optional.of(Map.of("source", "https://github.com/org/repo", "version", "from-provider",
                    "commit", "abc123", "build", "https://ci.example.com/job/7",
                    "modules", List.of("api", "worker"), "number", 7));
        }
    }
}
