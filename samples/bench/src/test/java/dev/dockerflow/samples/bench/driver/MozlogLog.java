package dev.dockerflow.samples.bench.driver;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * A server's stdout file, read after the run to prove that the measured side did what the figures
 * claim: one request.summary mozlog line per request it answered, written to that file. Every line
 * that opens a JSON object is parsed; a request.summary line must carry its request's path. Other
 * lines are left alone: Payara Micro 6.2025.10 prints one plain line to stdout as it shuts down.
 */
final class MozlogLog {

    private MozlogLog() {
    }

    /**
     * @param stdout the file
     * @return how many request.summary lines it holds
     * @throws BenchFailure when a line is not a JSON object or a summary has no path
     */
    static long summaries(Path stdout) {
        try (Stream<String> lines = Files.lines(stdout, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.startsWith("{"))
                    .map(MozlogLog::parse)
                    .filter(line -> "request.summary".equals(line.getString("Type", null)))
                    .peek(MozlogLog::requirePath)
                    .count();
        } catch (IOException | UncheckedIOException e) {
            throw new BenchFailure("cannot read " + stdout, e);
        }
    }

    private static JsonObject parse(String line) {
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            return reader.readObject();
        } catch (JsonException e) {
            throw new BenchFailure("not a mozlog line: " + line, e);
        }
    }

    private static void requirePath(JsonObject line) {
        Optional.ofNullable(line.getJsonObject("Fields"))
                .map(fields -> fields.getString("path", null))
                .orElseThrow(() -> new BenchFailure("a request.summary without a path: " + line));
    }
}
