package dev.dockerflow.jakarta.internal.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import dev.dockerflow.jakarta.deployment.ErrorCheck;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.RawHttp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HEAD answers what GET answers, without a body: here a failing heartbeat (500) and a missing version (404). */
class HeadRequestTest {

    @TempDir
    static Path emptyBaseDir;

    @RegisterExtension
    DockerflowApp app = DockerflowApp.with(ErrorCheck.class).config("dockerflow.base-dir", emptyBaseDir.toString());

    @ParameterizedTest
    @CsvSource({"/__lbheartbeat__, 200", "/__version__, 404", "/__heartbeat__, 500"})
    void headAnswersTheStatusOfGetWithoutBody(String path, int status) {
        HttpResponse<String> get = app.get(path);
        assertEquals(status, get.statusCode(), "GET " + path + ": " + get.body());

        HttpResponse<String> head = app.send("HEAD", path);
        assertEquals(status, head.statusCode(), "HEAD " + path);

        RawHttp.Exchange raw = RawHttp.exchange(app.port(), "HEAD " + path + " HTTP/1.1");
        assertEquals(status, raw.status(), "HEAD " + path + " on the wire: " + raw.head());
        assertEquals("", new String(raw.afterHead(), StandardCharsets.ISO_8859_1),
                "bytes sent after the head of HEAD " + path + " (" + raw.head() + ")");
        // RFC 9110, 8.6: a Content-Length on HEAD is the one GET would send.
        String getLength = String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length);
        assertEquals(getLength, raw.header("Content-Length"), "HEAD " + path + ": " + raw.head());
    }
}
