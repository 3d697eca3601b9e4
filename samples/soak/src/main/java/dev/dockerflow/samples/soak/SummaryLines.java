package dev.dockerflow.samples.soak;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockerflow.samples.smoke.KnownNoise;
import dev.dockerflow.samples.smoke.MozlogLines;

/**
 * What the service wrote to stdout, read line by line: how many lines, which are not schema-valid
 * mozlog, and how many request.summary lines name each request id.
 *
 * @param lines         every line but the runtime's known noise
 * @param problems      what is wrong with the invalid lines, the first {@value #KEPT_PROBLEMS}
 * @param invalid       how many lines are invalid
 * @param summariesById request.summary lines per {@code rid}
 */
record SummaryLines(long lines, List<String> problems, long invalid, Map<String, Integer> summariesById) {

    static final int KEPT_PROBLEMS = 5;

    /**
     * @param stdout the file the service's stdout went to
     * @return what it holds
     */
    static SummaryLines read(Path stdout) {
        long lines = 0;
        long invalid = 0;
        List<String> kept = new ArrayList<>();
        Map<String, Integer> summaries = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(stdout, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (KnownNoise.isPayaraShutdownLine(line)) {
                    continue;
                }
                lines++;
                List<String> problems = new ArrayList<>(1);
                JsonNode record = MozlogLines.parseLine(line, lines, problems).orElse(null);
                if (record == null) {
                    invalid++;
                    if (kept.size() < KEPT_PROBLEMS) {
                        kept.addAll(problems);
                    }
                } else if (record.path("Type").asText().equals("request.summary")) {
                    summaries.merge(record.path("Fields").path("rid").asText(), 1, Integer::sum);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SummaryLines(lines, List.copyOf(kept), invalid, summaries);
    }
}
