package dev.dockerflow.samples.bench.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class LoadResultTest {

    private static final String OUTPUT = """
            Running 2s test @ http://127.0.0.1:18602/items/42
              1 threads and 16 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency     3.67ms   12.61ms  71.39ms   93.75%
              9000 requests in 2.00s, 1.31MB read
            Requests/sec:   4500.00
            {"requests":9000,"duration_us":2000000,"bytes":1372000,"errors":{"connect":0,"read":1,"write":0,"status":2,"timeout":3},"latency_us":{"min":241,"p50":3100,"p90":4200,"p99":9800,"max":71386,"mean":3672.5}}
            """;

    @Test
    void readsTheScriptsJsonLine() {
        LoadResult result = LoadResult.parse(OUTPUT);
        assertEquals(new LoadResult(9000, 2_000_000, 6, 3100, 9800), result);
        assertEquals(4500.0, result.throughput(), 1e-9);
    }

    @Test
    void wrkOutputWithoutTheReportIsAFailure() {
        assertThrows(BenchFailure.class, () -> LoadResult.parse("Running 2s test\nunable to connect\n"));
        assertThrows(BenchFailure.class, () -> LoadResult.parse("{\"requests\":1}\n"));
    }

    @Test
    void aSeriesWeighsEveryRequestTheSameAndTakesTheMedianOfPercentiles() {
        LoadSeries series = new LoadSeries(List.of(
                new LoadResult(1000, 1_000_000, 0, 1000, 5000),
                new LoadResult(3000, 1_000_000, 0, 3000, 9000),
                new LoadResult(2000, 2_000_000, 0, 2000, 7000)));
        assertEquals(1500.0, series.throughput(), 1e-9);
        assertEquals(6000, series.requests());
        assertEquals(2.0, series.p50Millis(), 1e-9);
        assertEquals(7.0, series.p99Millis(), 1e-9);
    }
}
