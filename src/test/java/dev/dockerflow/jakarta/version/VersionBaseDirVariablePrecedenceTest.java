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

/** As environment variables too, {@code DOCKERFLOW_BASE_DIR} wins over {@code BASE_DIR}. */
class VersionBaseDirVariablePrecedenceTest {

    @TempDir
    static Path dockerflowBaseDir;

    @TempDir
    static Path baseDir;

    @RegisterExtension
    DockerflowApp app = DockerflowApp.with()
            .env("DOCKERFLOW_BASE_DIR", dockerflowBaseDir.toString())
            .env("BASE_DIR", baseDir.toString());

    @Test
    void dockerflowBaseDirVariableWins() throws IOException {
        Files.writeString(dockerflowBaseDir.resolve("version.json"), "{\"version\": \"DOCKERFLOW_BASE_DIR\"}");
        Files.writeString(baseDir.resolve("version.json"), "{\"version\": \"BASE_DIR\"}");

        HttpResponse<String> response = app.get("/__version__");

        assertEquals(200, response.statusCode());
        assertEquals(expected("{'version': 'DOCKERFLOW_BASE_DIR'}"), json(response));
    }
}
