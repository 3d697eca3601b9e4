package dev.dockerflow.jakarta.version;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Without {@code dockerflow.base-dir}, the {@code BASE_DIR} environment variable names the folder. */
class VersionBaseDirVariableTest {

    @TempDir
    static Path baseDir;

    @RegisterExtension
    DockerflowApp app = DockerflowApp.with().env("BASE_DIR", baseDir.toString());

    @Test
    void servesVersionJsonFromBaseDir() throws IOException {
        Files.writeString(baseDir.resolve("version.json"), "{\"version\": \"from-BASE_DIR\", \"commit\": \"abc\"}");

        HttpResponse<String> response = app.get("/__version__");

        assertEquals(200, response.statusCode());
        assertEquals(expected("{'version': 'from-BASE_DIR', 'commit': 'abc'}"), json(response));
    }
}
