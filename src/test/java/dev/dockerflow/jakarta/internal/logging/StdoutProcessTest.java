package dev.dockerflow.jakarta.internal.logging;

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
import java.util.concurrent.CopyOnWriteArrayList;
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
 * A whole application process with {@code dockerflow.logging.stdout=true}, no {@code logging.properties}
 * and no logging code of its own: its standard output holds mozlog lines only, its requests' among them;
 * with standard output closed, it still answers.
 */
class StdoutProcessTest {

    @TempDir
    Path dir;

    private final List<String> errors = new CopyOnWriteArrayList<>();
    private Thread drain;

    private Process start(ProcessBuilder.Redirect stdout) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Ddockerflow.logging.stdout=true", "-Ddockerflow.logging.loggers=notes.app",
                "-Ddockerflow.logger-name=standalone",
                StandaloneApp.class.getName(), Resources.class.getName())
                .redirectOutput(stdout)
                .start();
    }

    @Test
    @Timeout(120)
    void theKeyAloneGivesMozlogLinesOnStandardOutput() throws Exception {
        Path stdout = dir.resolve("stdout");
        Process process = start(ProcessBuilder.Redirect.to(stdout.toFile()));
        try {
            int port = awaitPort(process);
            assertEquals(200, RawHttp.exchange(port, "GET /notes HTTP/1.1", "X-Request-ID: process-1").status());
            assertEquals(500, RawHttp.exchange(port, "GET /notes/broken HTTP/1.1", "X-Request-ID: process-2").status());
        } finally {
            stop(process);
        }

        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(stdout, StandardCharsets.UTF_8)) {
            lines.add(MozlogLines.validLine(line));
        }
        assertEquals(List.of("notes.app process-1", "request.summary process-1", "request.summary process-2"),
                lines.stream().filter(line -> line.has("Fields") && line.get("Fields").has("rid"))
                        .map(line -> line.get("Type").asText() + " " + line.get("Fields").get("rid").asText()).toList(),
                lines.toString());
        assertTrue(lines.stream().allMatch(line -> line.get("Logger").asText().equals("standalone")), lines.toString());
        // Taken off the console: the server's own handler (standard error here) prints none of them.
        assertTrue(errors.stream().noneMatch(line -> line.contains("listing notes")), errors.toString());
    }

    @Test
    @Timeout(120)
    void aClosedStandardOutputNeverFailsARequest() throws Exception {
        Process process = start(ProcessBuilder.Redirect.PIPE);
        try {
            int port = awaitPort(process);
            process.getInputStream().close();
            for (int i = 0; i < 5; i++) {
                RawHttp.Exchange response = RawHttp.exchange(port, "GET /notes HTTP/1.1");
                assertEquals(200, response.status());
            }
        } finally {
            stop(process);
        }

        // Reported once on standard error, not once a line.
        assertEquals(1, errors.stream().filter(line -> line.contains("java.util.logging.ErrorManager")).count(),
                String.join("\n", errors));
    }

    private void stop(Process process) throws Exception {
        process.getOutputStream().close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (drain != null) {
            drain.join(10_000);
        }
    }

    /** Reads the child's standard error up to its {@code port=N} line, then keeps the rest in the background. */
    private int awaitPort(Process process) throws IOException {
        BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.startsWith("port=")) {
                drain = new Thread(() -> reader.lines().forEach(errors::add), "stderr-drain");
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(line.substring(5).trim());
            }
            errors.add(line);
        }
        throw new AssertionError("the application ended before it listened: " + errors);
    }
}
