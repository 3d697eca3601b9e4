package dev.dockerflow.samples.bench.driver;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Timed requests in a loop bounded twice: by a count, and by a time budget after which it stops with
 * the samples it has (at least one). A few requests first, not timed, warm up the server's code paths
 * and, for the heartbeat, let the library learn the health checks' names, which Payara Micro cannot
 * tell while it deploys.
 */
final class TimedRequests {

    private final RequestTimer timer;
    private final int warmUp;
    private final Duration budget;

    /**
     * @param timer  the client
     * @param warmUp untimed requests (of each URL) before the timed ones
     * @param budget the longest a loop may run, warm-up included
     */
    TimedRequests(RequestTimer timer, int warmUp, Duration budget) {
        this.timer = timer;
        this.warmUp = warmUp;
        this.budget = budget;
    }

    /**
     * Times one URL again and again.
     *
     * @param uri      what to get
     * @param expected its answer
     * @param count    how many timed requests
     * @return their times
     */
    Timings repeat(URI uri, ExpectedBody expected, int count) {
        long deadline = System.nanoTime() + budget.toNanos();
        for (int i = 0; i < warmUp; i++) {
            timer.time(uri, expected);
        }
        List<Double> samples = new ArrayList<>();
        while (samples.size() < count && (samples.isEmpty() || System.nanoTime() < deadline)) {
            samples.add(timer.time(uri, expected));
        }
        return new Timings(samples);
    }

    /**
     * Times two URLs in turn, one request of each per pair, so that both see the same moments of the
     * machine.
     *
     * @param measured         the measured URL
     * @param measuredExpected its answer
     * @param baseline         the baseline URL
     * @param baselineExpected its answer
     * @param pairs            how many pairs
     * @return the measured times, then the baseline times
     */
    List<Timings> alternate(URI measured, ExpectedBody measuredExpected, URI baseline, ExpectedBody baselineExpected,
                            int pairs) {
        long deadline = System.nanoTime() + budget.toNanos();
        for (int i = 0; i < warmUp; i++) {
            timer.time(measured, measuredExpected);
            timer.time(baseline, baselineExpected);
        }
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        while (a.size() < pairs && (a.isEmpty() || System.nanoTime() < deadline)) {
            if (a.size() % 2 == 0) {
                a.add(timer.time(measured, measuredExpected));
                b.add(timer.time(baseline, baselineExpected));
            } else {
                b.add(timer.time(baseline, baselineExpected));
                a.add(timer.time(measured, measuredExpected));
            }
        }
        return List.of(new Timings(a), new Timings(b));
    }
}
