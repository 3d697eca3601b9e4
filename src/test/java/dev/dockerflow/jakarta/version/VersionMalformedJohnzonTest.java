package dev.dockerflow.jakarta.version;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.LogCapture;
import dev.dockerflow.jakarta.testing.WithoutLibraries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invalid JSON in version.json on a platform whose JSON-B provider is Apache Johnzon, as on TomEE: Johnzon throws the
 * JSON-P parser's {@code JsonParsingException}, not a {@code JsonbException}, and the lookup must still answer its JSON
 * error. The application runs in a class loader without Yasson and Parsson, so that Johnzon is its only provider.
 */
class VersionMalformedJohnzonTest {

    @TempDir
    static Path baseDir;

    static WithoutLibraries johnzonOnly;

    @RegisterExtension
    LogCapture log = LogCapture.of("dockerflow.version");

    @BeforeAll
    static void hideTheOtherProviders() {
        johnzonOnly = WithoutLibraries.hiding("org.eclipse.yasson.", "org.eclipse.parsson.");
        assertTrue(johnzonOnly.sees("org.apache.johnzon.jsonb.JohnzonProvider"));
        assertFalse(johnzonOnly.sees("org.eclipse.yasson.JsonBindingProvider"));
    }

    @AfterAll
    static void close() throws IOException {
        johnzonOnly.close();
    }

    @Test
    void invalidJsonIsA500WithItsJsonError() throws Exception {
        Path file = baseDir.resolve("version.json");
        Files.writeString(file, "{\"version\": \"1.0\",");

        HttpResponse<String> response = johnzonOnly.get(
                DockerflowApp.with().config("dockerflow.base-dir", baseDir.toString()), "/__version__");

        BrokenVersion.assertBroken(response, "not valid JSON", log, file.toString());
    }

    @Test
    void validFileIsServedAsItIs() throws Exception {
        Files.writeString(baseDir.resolve("version.json"), "{\"version\": \"1.0\", \"commit\": \"abc\"}");

        HttpResponse<String> response = johnzonOnly.get(
                DockerflowApp.with().config("dockerflow.base-dir", baseDir.toString()), "/__version__");

        org.junit.jupiter.api.Assertions.assertEquals(200, response.statusCode(), response.body());
        org.junit.jupiter.api.Assertions.assertEquals("{\"version\": \"1.0\", \"commit\": \"abc\"}", response.body());
    }
}
