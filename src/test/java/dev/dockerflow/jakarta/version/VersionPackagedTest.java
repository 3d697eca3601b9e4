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

/** No version.json in the base dir: {@code META-INF/dockerflow/version.json} on the application's class path is served. */
class VersionPackagedTest {

    @TempDir
    static Path emptyBaseDir;

    @TempDir
    static Path classes;

    @RegisterExtension
    DockerflowApp app = DockerflowApp.with()
            .config("dockerflow.base-dir", emptyBaseDir.toString())
            .packagedResources(classes);

    @Test
    void servesThePackagedFile() throws IOException {
        Path packaged = classes.resolve("META-INF/dockerflow/version.json");
        Files.createDirectories(packaged.getParent());
        Files.writeString(packaged, "{\"version\": \"packaged\", \"source\": \"https://github.com/org/repo\"}");

        HttpResponse<String> response = app.get("/__version__");

        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(expected("{'version': 'packaged', 'source': 'https://github.com/org/repo'}"), json(response));
    }
}
