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

/** version.json is an empty file: 500 with a JSON error, one SEVERE record naming the file. */
class VersionEmptyFileTest {

    @TempDir
    static Path baseDir;

    @RegisterExtension
    DockerflowApp app = DockerflowApp.with().config("dockerflow.base-dir", baseDir.toString());

    @RegisterExtension
    LogCapture log = LogCapture.of("dockerflow.version");

    @Test
    void emptyFileIsA500() throws IOException {
        Path file = baseDir.resolve("version.json");
        Files.writeString(file, "");

        HttpResponse<String> response = app.get("/__version__");

        BrokenVersion.assertBroken(response, "not a JSON object", log, file.toString());
    }
}
