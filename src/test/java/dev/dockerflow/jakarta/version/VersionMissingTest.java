package dev.dockerflow.jakarta.version;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** No version.json in the base dir, none packaged, no provider: 404 with a JSON error. */
class VersionMissingTest {

    @TempDir
    static Path emptyBaseDir;

    @TempDir
    static Path emptyClasses;

    @RegisterExtension
    DockerflowApp app = DockerflowApp.with()
            .config("dockerflow.base-dir", emptyBaseDir.toString())
            .packagedResources(emptyClasses);

    @Test
    void answers404WithJsonError() {
        HttpResponse<String> response = app.get("/__version__");

        assertEquals(404, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(expected("{'status': 404, 'error': 'version.json not found'}"), json(response));
    }
}
