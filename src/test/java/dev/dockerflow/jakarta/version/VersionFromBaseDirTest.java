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

/** {@code <dockerflow.base-dir>/version.json} is served as is: 200, application/json, extra keys kept. */
class VersionFromBaseDirTest {

    @TempDir
    static Path baseDir;

    @RegisterExtension
    DockerflowApp app = DockerflowApp.with().config("dockerflow.base-dir", baseDir.toString());

    @Test
    void servesTheWholeFile() throws IOException {
        Files.writeString(baseDir.resolve("version.json"), """
                {"source": "https://github.com/org/repo", "version": "2026.11.0",
                 "commit": "0123456789abcdef0123456789abcdef01234567", "build": "https://ci.example.com/job/42",
                 "extra": {"nested": [1, 2.5, true, null], "tag": "ü ✓"}, "dirty": false}
                """);

        HttpResponse<String> response = app.get("/__version__");

        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(expected("""
                {'source': 'https://github.com/org/repo', 'version': '2026.11.0',
                 'commit': '0123456789abcdef0123456789abcdef01234567', 'build': 'https://ci.example.com/job/42',
                 'extra': {'nested': [1, 2.5, true, null], 'tag': 'ü ✓'}, 'dirty': false}
                """), json(response));
    }
}
