package dev.dockerflow.samples.bench.driver;

import java.util.Arrays;

/**
 * The two order statistics the report uses. Nearest-rank percentiles, with the median of an even count
 * taken as the mean of the two middle values: the samples are few (tens), so interpolating between
 * ranks would suggest more precision than they hold.
 */
final class Stats {

    private Stats() {
    }

    /**
     * @param values at least one value
     * @return their median
     */
    static double median(double... values) {
        double[] sorted = sorted(values);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /**
     * @param percent between 0 (exclusive) and 100
     * @param values  at least one value
     * @return the smallest value that at least {@code percent}% of the values do not exceed
     */
    static double percentile(double percent, double... values) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be in (0, 100]: " + percent);
        }
        double[] sorted = sorted(values);
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    private static double[] sorted(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted;
    }
}
