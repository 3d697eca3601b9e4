package dev.dockerflow.samples.bench.driver;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * What one wrk run measured, read from the JSON line its script ({@code wrk-report.lua}) prints last,
 * rather than from wrk's human-readable report, whose units change with the magnitude.
 *
 * @param requests       completed requests
 * @param durationMicros how long the run lasted
 * @param errors         socket errors, time-outs and statuses above 399, all together
 * @param p50Micros      median latency
 * @param p99Micros      99th percentile latency
 */
record LoadResult(long requests, long durationMicros, long errors, long p50Micros, long p99Micros) {

    /** @return requests per second */
    double throughput() {
        return requests * 1_000_000.0 / durationMicros;
    }

    /**
     * @param wrkOutput everything wrk printed on stdout
     * @return the figures of its last line that is a JSON object
     * @throws BenchFailure when there is no such line
     */
    static LoadResult parse(String wrkOutput) {
        List<String> lines = wrkOutput.lines().map(String::strip).filter(line -> line.startsWith("{")).toList();
        if (lines.isEmpty()) {
            throw new BenchFailure("wrk printed no report; its output:\n" + wrkOutput);
        }
        try (JsonReader reader = Json.createReader(new StringReader(lines.get(lines.size() - 1)))) {
            JsonObject report = reader.readObject();
            JsonObject errors = report.getJsonObject("errors");
            JsonObject latency = report.getJsonObject("latency_us");
            long errorCount = 0;
            for (String kind : List.of("connect", "read", "write", "status", "timeout")) {
                errorCount += errors.getJsonNumber(kind).longValue();
            }
            return new LoadResult(report.getJsonNumber("requests").longValue(),
                    report.getJsonNumber("duration_us").longValue(), errorCount,
                    latency.getJsonNumber("p50").longValue(), latency.getJsonNumber("p99").longValue());
        } catch (JsonException | NullPointerException | ClassCastException e) {
            throw new BenchFailure("wrk's report is not what wrk-report.lua writes: " + lines.get(lines.size() - 1), e);
        }
    }
}
