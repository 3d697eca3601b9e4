package dev.dockerflow.samples.soak;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * What a soak found, and which of its rules were broken:
 * <ul>
 * <li>no answer other than 2xx from {@code /__lbheartbeat__}, {@code /__version__} and the business endpoint;</li>
 * <li>every {@code /__heartbeat__} after the warm-up answered, within the timeout plus {@value #HEARTBEAT_MARGIN_MILLIS} ms
 *     (but those that overlap the mid-run reading of the server's gauges, whose full collection pauses the server), and
 *     5xx only while Redis was down
 *     or within one heartbeat of its return (a heartbeat may join a run of the checks that began during the outage)
 *     (a heartbeat whose request overlapped the time from Redis' stop until it answered again);</li>
 * <li>exactly one schema-valid request.summary line per answered request, and no line that is not mozlog;</li>
 * <li>the server's threads and heap after GC level by the end: at most {@value #THREAD_GROWTH} more threads
 *     than after warm-up, and at most half as much heap again plus {@value #HEAP_GROWTH_MIB} MiB;</li>
 * <li>the hung upstream check leaves at most one connection open, and the service stops on SIGTERM.</li>
 * </ul>
 */
final class SoakReport {

    static final int THREAD_GROWTH = 16;
    static final long HEAP_GROWTH_MIB = 32;
    /**
     * Generous on purpose: the rule shows that a heartbeat is bounded (a hang would reach the client's 30 s), not how
     * fast it is, which the table reports and the HTTP benchmark measures. A busy machine delays every request alike.
     */
    static final long HEARTBEAT_MARGIN_MILLIS = 5_000;
    /** How long a run of the checks that began during the outage can go on after it: the timeout and the library's margin. */
    static final long RUN_MARGIN_MILLIS = 100;

    private final List<String> lines = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();

    SoakReport(SoakRun run, long measuredFrom, List<Outcome> all, SummaryLines stdout, ServerGauges before, ServerGauges warm,
               ServerGauges end, long redisDownAt, long redisUpAt, long gaugedFrom, long gaugedUntil,
               int upstreamAccepted, int upstreamOpen,
               boolean stopped) {
        double seconds = run.duration().toMillis() / 1000.0;
        List<Outcome> outcomes = all.stream().filter(o -> o.startNanos() >= measuredFrom).toList();
        lines.add(String.format(Locale.ROOT, "soak: %d connections for %.0f s (after %d s of warm-up) at up to %d requests/s, heartbeat timeout %d ms, Redis down for %.1f s from 45%% of the run",
                run.connections(), seconds, SoakRun.WARMUP_SECONDS, run.rate(), run.timeoutMillis(), (redisUpAt - redisDownAt) / 1e9));
        lines.add(String.format(Locale.ROOT, "%-20s %9s %9s %8s %8s %8s %8s %8s", "path", "requests", "per s", "non-2xx", "p50 ms", "p99 ms", "max ms", "failed"));
        Map<String, List<Outcome>> byPath = new TreeMap<>(outcomes.stream().collect(Collectors.groupingBy(SoakReport::kind)));
        byPath.forEach((path, list) -> lines.add(row(path, list, seconds)));
        lines.add(row("all", outcomes, seconds));

        for (Outcome outcome : all) {
            boolean heartbeat = outcome.path().equals("__heartbeat__");
            if (!outcome.answered()) {
                violations.add(outcome.path() + " got no answer: " + outcome.failure());
            } else if (heartbeat) {
                boolean timed = outcome.startNanos() >= measuredFrom && !overlaps(outcome, gaugedFrom, gaugedUntil);
                checkHeartbeat(outcome, timed, run.timeoutMillis(), redisDownAt, redisUpAt);
            } else if (outcome.status() / 100 != 2) {
                violations.add(outcome.path() + " answered " + outcome.status());
            }
        }
        long heartbeat5xx = outcomes.stream().filter(o -> o.path().equals("__heartbeat__") && o.status() / 100 == 5).count();
        lines.add("heartbeats answered 5xx: " + heartbeat5xx + " (allowed only while Redis was down); not timed while the"
                + " gauges were read (a full GC): " + outcomes.stream().filter(o -> o.path().equals("__heartbeat__")
                && overlaps(o, gaugedFrom, gaugedUntil)).count());

        long answered = all.stream().filter(Outcome::answered).count();
        long notOnce = all.stream().filter(Outcome::answered)
                .filter(o -> stdout.summariesById().getOrDefault(o.requestId(), 0) != 1).count();
        lines.add("stdout: " + stdout.lines() + " lines, " + stdout.invalid() + " not mozlog; " + answered
                + " answered requests (warm-up included), " + notOnce + " without exactly one request.summary line");
        if (stdout.invalid() > 0) {
            violations.add(stdout.invalid() + " stdout lines are not schema-valid mozlog, first: " + stdout.problems());
        }
        if (notOnce > 0) {
            violations.add(notOnce + " answered requests do not have exactly one request.summary line");
        }

        lines.add("server before the load: " + before + "; after warm-up (20%): " + warm + "; at the end: " + end);
        if (end.threads() > warm.threads() + THREAD_GROWTH) {
            violations.add("threads grew from " + warm.threads() + " after warm-up to " + end.threads());
        }
        if (end.heapAfterGcKb() > warm.heapAfterGcKb() * 3 / 2 + HEAP_GROWTH_MIB * 1024) {
            violations.add("heap after GC grew from " + warm.heapAfterGcKb() / 1024 + " MiB after warm-up to " + end.heapAfterGcKb() / 1024 + " MiB");
        }
        lines.add("hung upstream: " + upstreamAccepted + " connections accepted, " + upstreamOpen + " still open at the end");
        if (upstreamOpen > 1) {
            violations.add("the hung upstream check left " + upstreamOpen + " connections open");
        }
        if (!stopped) {
            violations.add("the service did not stop within 60 s of SIGTERM");
        }
        lines.add(violations.isEmpty() ? "soak: every rule held" : "soak: " + violations.size() + " rules broken");
    }

    private void checkHeartbeat(Outcome outcome, boolean measured, long timeoutMillis, long redisDownAt, long redisUpAt) {
        if (measured && outcome.millis() > timeoutMillis + HEARTBEAT_MARGIN_MILLIS) {
            violations.add(String.format(Locale.ROOT, "a heartbeat took %.0f ms, over the %d ms timeout plus %d ms, at %.1f s from Redis' stop",
                    outcome.millis(), timeoutMillis, HEARTBEAT_MARGIN_MILLIS, (outcome.startNanos() - redisDownAt) / 1e9));
        }
        // A heartbeat that arrives just after Redis is back may join a run of the checks that began while it was
        // down, and share that run's result: the outage, for a heartbeat, lasts one heartbeat longer.
        long runNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis + RUN_MARGIN_MILLIS);
        boolean overlapsOutage = overlaps(outcome, redisDownAt, redisUpAt + runNanos);
        if (outcome.status() == 200 || (outcome.status() / 100 == 5 && overlapsOutage)) {
            return;
        }
        violations.add(String.format(Locale.ROOT, "a heartbeat answered %d at %.1f s from Redis' stop, outside its outage",
                outcome.status(), (outcome.startNanos() - redisDownAt) / 1e9));
    }

    private static boolean overlaps(Outcome outcome, long from, long until) {
        return outcome.endNanos() >= from && outcome.startNanos() <= until;
    }

    // The business endpoint is one path per note: report them together.
    private static String kind(Outcome outcome) {
        return outcome.path().startsWith("notes/") ? "notes/{id}" : outcome.path();
    }

    private static String row(String path, List<Outcome> outcomes, double seconds) {
        double[] millis = outcomes.stream().filter(Outcome::answered).mapToDouble(Outcome::millis).sorted().toArray();
        long non2xx = outcomes.stream().filter(o -> o.answered() && o.status() / 100 != 2).count();
        long failed = outcomes.stream().filter(o -> !o.answered()).count();
        return String.format(Locale.ROOT, "%-20s %9d %9.0f %8d %8.1f %8.1f %8.1f %8d", path, outcomes.size(),
                outcomes.size() / seconds, non2xx, percentile(millis, 50), percentile(millis, 99),
                millis.length == 0 ? 0 : millis[millis.length - 1], failed);
    }

    private static double percentile(double[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percent / 100.0) - 1)];
    }

    /** @return the report, one line per figure */
    List<String> lines() {
        return List.copyOf(lines);
    }

    /** @return the rules broken, the first few of each kind; empty when all held */
    List<String> violations() {
        Map<String, Long> kinds = violations.stream().collect(Collectors.groupingBy(SoakReport::firstWords, TreeMap::new, Collectors.counting()));
        List<String> shown = new ArrayList<>();
        kinds.forEach((kind, count) -> {
            List<String> examples = violations.stream().filter(v -> firstWords(v).equals(kind)).limit(10).toList();
            shown.add(count + " x " + String.join(" | ", examples));
        });
        return shown;
    }

    private static String firstWords(String violation) {
        List<String> words = Arrays.asList(violation.split(" "));
        return String.join(" ", words.subList(0, Math.min(3, words.size())));
    }
}
