package dev.dockerflow.jakarta.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockerflow.jakarta.internal.summary.Resources;
import dev.dockerflow.jakarta.testing.MozlogLines;
import dev.dockerflow.jakarta.testing.RawHttp;
import dev.dockerflow.jakarta.testing.StandaloneApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running application configured by {@code logging.properties} alone with {@link MozlogHandler}:
 * every line on its standard output is a schema-valid mozlog object, there is one request.summary per
 * request, hostile headers included, and the application's own lines carry the echoed request id.
 */
class StdoutMozlogTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void everyStdoutLineIsMozlogAndEveryRequestIsSummarised() throws Exception {
        Path properties = dir.resolve("logging.properties");
        Files.writeString(properties, """
                handlers = dev.dockerflow.jakarta.logging.MozlogHandler
                .level = INFO
                dev.dockerflow.jakarta.logging.MozlogHandler.level = ALL
                dev.dockerflow.jakarta.logging.MozlogFormatter.logger = standalone
                """);
        Path stdout = dir.resolve("stdout");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Djava.util.logging.config.file=" + properties,
                StandaloneApp.class.getName(), Resources.class.getName())
                .redirectOutput(stdout.toFile())
                .start();
        List<String> echoed = new ArrayList<>();
        int requests = 0;
        try {
            int port = awaitPort(process);
            String[] hostile = {"X-Request-ID: good-id-1", "User-Agent: " + "A".repeat(7_000),
                "X-Request-ID: \u0001\u001b[2J", "Accept-Language: \"}\\{\u007f", "X-Request-ID: " + "x".repeat(300),
                "User-Agent: " + new String("\u00e9\u2603😀".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)};
            for (String header : hostile) {
                RawHttp.Exchange response = RawHttp.exchange(port, "GET /notes HTTP/1.1", header);
                assertEquals(200, response.status());
                echoed.add(response.header("X-Request-ID"));
                requests++;
            }
            for (String path : List.of("/__heartbeat__", "/__lbheartbeat__", "/__version__", "/notes/broken", "/nowhere")) {
                RawHttp.exchange(port, "GET " + path + " HTTP/1.1");
                requests++;
            }
        } finally {
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }

        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(stdout, StandardCharsets.UTF_8)) {
            lines.add(MozlogLines.validLine(line));
        }
        List<JsonNode> summaries = lines.stream().filter(l -> l.get("Type").asText().equals("request.summary")).toList();
        assertEquals(requests, summaries.size());
        assertTrue(lines.stream().allMatch(l -> l.get("Logger").asText().equals("standalone")));
        assertEquals("good-id-1", echoed.get(0));
        List<String> applicationRids = lines.stream().filter(l -> l.get("Type").asText().equals("notes.app"))
                .map(l -> l.get("Fields").get("rid").asText()).toList();
        assertEquals(echoed, applicationRids);
        assertEquals(echoed, summaries.subList(0, echoed.size()).stream().map(l -> l.get("Fields").get("rid").asText())
                .toList());
    }

    /** Reads the child's standard error up to its {@code port=N} line, then drains the rest in the background. */
    private static int awaitPort(Process process) throws IOException {
        BufferedReader errors = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = errors.readLine()) != null) {
            if (line.startsWith("port=")) {
                Thread drain = new Thread(() -> errors.lines().forEach(ignored -> { }), "stderr-drain");
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(line.substring(5).trim());
            }
        }
        throw new AssertionError("the application ended before it listened");
    }
}
