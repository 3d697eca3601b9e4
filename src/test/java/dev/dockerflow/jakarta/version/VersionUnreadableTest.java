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

/** version.json is a directory named version.json, which cannot be read as a file: 500 with a JSON error, one SEVERE record naming the file. */
class VersionUnreadableTest {

    @TempDir
    static Path baseDir;

    @RegisterExtension
    DockerflowApp app = DockerflowApp.with().config("dockerflow.base-dir", baseDir.toString());

    @RegisterExtension
    LogCapture log = LogCapture.of("dockerflow.version");

    @Test
    void unreadableFileIsA500() throws IOException {
        Path file = baseDir.resolve("version.json");
        Files.createDirectory(file);

        HttpResponse<String> response = app.get("/__version__");

        BrokenVersion.assertBroken(response, "could not be read", log, file.toString());
    }
}
