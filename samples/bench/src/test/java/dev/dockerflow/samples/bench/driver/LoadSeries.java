package dev.dockerflow.samples.bench.driver;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The measured rounds of one side of a load comparison. Throughput is the total of requests over the
 * total of time, so that every request weighs the same; a latency percentile is the median of the
 * rounds' percentiles, because wrk reports percentiles per run and percentiles of separate runs cannot
 * be merged exactly.
 *
 * @param rounds the rounds, in the order they ran
 */
record LoadSeries(List<LoadResult> rounds) {

    LoadSeries {
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("a series needs at least one round");
        }
        rounds = List.copyOf(rounds);
    }

    /** @return requests per second over all rounds */
    double throughput() {
        long requests = rounds.stream().mapToLong(LoadResult::requests).sum();
        long micros = rounds.stream().mapToLong(LoadResult::durationMicros).sum();
        return requests * 1_000_000.0 / micros;
    }

    /** @return completed requests over all rounds */
    long requests() {
        return rounds.stream().mapToLong(LoadResult::requests).sum();
    }

    /** @return the median of the rounds' median latencies, in milliseconds */
    double p50Millis() {
        return medianMillis(LoadResult::p50Micros);
    }

    /** @return the median of the rounds' 99th percentile latencies, in milliseconds */
    double p99Millis() {
        return medianMillis(LoadResult::p99Micros);
    }

    private double medianMillis(ToLongFunction<LoadResult> figure) {
        return Stats.median(rounds.stream().mapToDouble(round -> figure.applyAsLong(round) / 1000.0).toArray());
    }
}
