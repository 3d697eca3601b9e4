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

/** A version.json in the base dir wins over a packaged one. */
class VersionBaseDirOverPackagedTest {

    @TempDir
    static Path baseDir;

    @TempDir
    static Path classes;

    @RegisterExtension
    DockerflowApp app = DockerflowApp.with()
            .config("dockerflow.base-dir", baseDir.toString())
            .packagedResources(classes);

    @Test
    void baseDirFileWins() throws IOException {
        Path packaged = classes.resolve("META-INF/dockerflow/version.json");
        Files.createDirectories(packaged.getParent());
        Files.writeString(packaged, "{\"version\": \"packaged\"}");
        Files.writeString(baseDir.resolve("version.json"), "{\"version\": \"base-dir\"}");

        HttpResponse<String> response = app.get("/__version__");

        assertEquals(200, response.statusCode());
        assertEquals(expected("{'version': 'base-dir'}"), json(response));
    }
}
