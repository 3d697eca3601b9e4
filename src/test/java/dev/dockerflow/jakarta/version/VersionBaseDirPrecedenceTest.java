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

/** {@code dockerflow.base-dir} wins over {@code BASE_DIR} when both are set. */
class VersionBaseDirPrecedenceTest {

    @TempDir
    static Path configured;

    @TempDir
    static Path fromBaseDir;

    @RegisterExtension
    DockerflowApp app = DockerflowApp.with()
            .config("dockerflow.base-dir", configured.toString())
            .env("BASE_DIR", fromBaseDir.toString());

    @Test
    void dockerflowBaseDirWins() throws IOException {
        Files.writeString(configured.resolve("version.json"), "{\"version\": \"dockerflow.base-dir\"}");
        Files.writeString(fromBaseDir.resolve("version.json"), "{\"version\": \"BASE_DIR\"}");

        HttpResponse<String> response = app.get("/__version__");

        assertEquals(200, response.statusCode());
        assertEquals(expected("{'version': 'dockerflow.base-dir'}"), json(response));
    }
}
