package dev.dockerflow.jakarta.version;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A VersionProvider that has no version object answers 404, even when the base dir holds a version.json. */
class VersionProviderEmptyTest {

    @TempDir
    static Path baseDir;

    @RegisterExtension
    DockerflowApp app = DockerflowApp.with(NoVersion.class).config("dockerflow.base-dir", baseDir.toString());

    @Test
    void answers404() throws IOException {
        Files.writeString(baseDir.resolve("version.json"), "{\"version\": \"from-file\"}");

        HttpResponse<String> response = app.get("/__version__");

        assertEquals(404, response.statusCode());
        assertEquals(expected("{'status': 404, 'error': 'version.json not found'}"), json(response));
    }

    @ApplicationScoped
    static class NoVersion implements VersionProvider {
        @Override
        public Optional<Map<String, Object>> version() {
            return Optional.empty();
        }
    }
}
