package dev.dockerflow.jakarta.version;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * version.json in the base dir is there but holds no version object: 500 with a JSON error naming the
 * problem, one SEVERE record naming the file. One deployment per case, each with the file made anew.
 */
class VersionMalformedFileTest {

    @TempDir
    static Path baseDir;

    @RegisterExtension
    DockerflowApp app = DockerflowApp.with().config("dockerflow.base-dir", baseDir.toString());

    @RegisterExtension
    LogCapture log = LogCapture.of("dockerflow.version");

    /** What is at {@code <base dir>/version.json}, and the problem the error must name. */
    enum Malformed {
        /** A JSON array. */
        ARRAY("array", file -> Files.writeString(file, "[{\"version\": \"1.0\"}]")),
        /** An empty file. */
        EMPTY_FILE("not a JSON object", file -> Files.writeString(file, "")),
        /** Invalid JSON text. */
        INVALID_JSON("not valid JSON", file -> Files.writeString(file, "{\"version\": \"1.0\",")),
        /** A directory named version.json, which cannot be read as a file. */
        UNREADABLE("could not be read", Files::createDirectory);

        final String problem;
        final Maker maker;

        Malformed(String problem, Maker maker) {
            this.problem = problem;
            this.maker = maker;
        }
    }

    @FunctionalInterface
    interface Maker {
        void make(Path file) throws IOException;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Malformed.class)
    void isA500(Malformed malformed) throws IOException {
        Path file = baseDir.resolve("version.json");
        malformed.maker.make(file);

        HttpResponse<String> response = app.get("/__version__");

        BrokenVersion.assertBroken(response, malformed.problem, log, file.toString());
    }

    @AfterEach
    void removeTheFile() throws IOException {
        Files.deleteIfExists(baseDir.resolve("version.json"));
    }
}
