package dev.dockerflow.samples.bench.driver;

import java.util.List;

/**
 * Wall times of repeated requests, in milliseconds, summarised by their median (what a request
 * typically takes, robust to the odd pause of a shared machine), their 90th percentile and their
 * maximum (what a prober's time-out has to allow for).
 *
 * @param millis the samples, in the order they were taken
 */
record Timings(List<Double> millis) {

    Timings {
        if (millis.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        millis = List.copyOf(millis);
    }

    /** @return the median */
    double median() {
        return Stats.median(values());
    }

    /** @return the 90th percentile */
    double p90() {
        return Stats.percentile(90, values());
    }

    /** @return the slowest */
    double max() {
        return Stats.percentile(100, values());
    }

    /** @return how many samples */
    int count() {
        return millis.size();
    }

    private double[] values() {
        return millis.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
