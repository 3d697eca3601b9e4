package dev.dockerflow.jakarta.version;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** version.json is a JSON array: 500 with a JSON error, one SEVERE record naming the file. */
class VersionArrayTest {

    @TempDir
    static Path baseDir;

    @RegisterExtension
    DockerflowApp app = DockerflowApp.with().config("dockerflow.base-dir", baseDir.toString());

    @RegisterExtension
    LogCapture log = LogCapture.of("dockerflow.version");

    @Test
    void arrayIsA500() throws IOException {
        Path file = baseDir.resolve("version.json");
        Files.writeString(file, "[{\"version\": \"1.0\"}]");

        HttpResponse<String> response = app.get("/__version__");

        BrokenVersion.assertBroken(response, "array", log, file.toString());
    }
}
