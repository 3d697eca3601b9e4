package dev.dockerflow.samples.bench.driver;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A measured URL against its baseline, loaded in alternating rounds on two servers that both stay up:
 * measured then baseline, then baseline then measured, and so on (A B B A A B ...), so that whatever
 * else the machine is doing meanwhile, and any slow drift of either JVM, falls on both sides alike.
 * Each side first gets a warm-up that is not counted, for the JIT.
 *
 * @param name     the case's name, for the report
 * @param measured the side with the feature
 * @param baseline the side without it
 * @param pairs    each pair's ratio, measured over baseline throughput: their spread shows the noise
 */
record LoadComparison(String name, LoadSeries measured, LoadSeries baseline, List<Double> pairs) {

    /**
     * Runs the comparison.
     *
     * @param name     the case's name
     * @param wrk      the load generator
     * @param measured the measured URL
     * @param baseline the baseline URL
     * @param settings warm-up, round length and count
     * @param progress where to say what runs
     * @return both series
     */
    static LoadComparison run(String name, Wrk wrk, URI measured, URI baseline, Settings settings,
                              Consumer<String> progress) {
        progress.accept(name + ": warm-up, " + settings.warmup().toSeconds() + " s on each side");
        wrk.warmUp(measured, settings.warmup());
        wrk.warmUp(baseline, settings.warmup());
        List<LoadResult> measuredRounds = new ArrayList<>();
        List<LoadResult> baselineRounds = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int pair = 0; pair < settings.pairs(); pair++) {
            LoadResult a;
            LoadResult b;
            if (pair % 2 == 0) {
                a = wrk.run(measured, settings.round());
                b = wrk.run(baseline, settings.round());
            } else {
                b = wrk.run(baseline, settings.round());
                a = wrk.run(measured, settings.round());
            }
            measuredRounds.add(a);
            baselineRounds.add(b);
            ratios.add(a.throughput() / b.throughput());
            progress.accept(String.format("%s: pair %d of %d, %.0f against %.0f requests/s (%.3f)", name, pair + 1,
                    settings.pairs(), a.throughput(), b.throughput(), a.throughput() / b.throughput()));
        }
        return new LoadComparison(name, new LoadSeries(measuredRounds), new LoadSeries(baselineRounds), ratios);
    }

    /** @return measured throughput over baseline throughput, over all rounds */
    double throughputRatio() {
        return measured.throughput() / baseline.throughput();
    }

    /** @return the median of the pair ratios, which one pair disturbed by another process moves least */
    double medianPair() {
        return Stats.median(pairs.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** @return the lowest pair ratio */
    double lowestPair() {
        return pairs.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    /** @return the highest pair ratio */
    double highestPair() {
        return pairs.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }
}
