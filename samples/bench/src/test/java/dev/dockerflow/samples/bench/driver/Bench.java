package dev.dockerflow.samples.bench.driver;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The benchmark's entry point, run by {@code samples/bench/run}: starts the three servers, runs the
 * four cases, stops the servers, checks the measured side's log and prints the summary table.
 *
 * <ol>
 *   <li>{@code GET /items/{id}} with {@code DockerflowFeature} against without: throughput, p50, p99;</li>
 *   <li>the feature's {@code /__lbheartbeat__} against a bare resource: the same figures;</li>
 *   <li>a heartbeat of ten Dockerflow checks of 200 ms each: wall time;</li>
 *   <li>ten MicroProfile Health checks of 200 ms, through the bridged heartbeat against Payara
 *       Micro's own {@code /health/ready}: wall time of each.</li>
 * </ol>
 *
 * Exit status 0 when every case ran and every answer was right, whether or not the targets were met
 * (the table says); 1 when a case failed; 64 for a bad command line.
 */
public final class Bench {

    private static final double THROUGHPUT_TARGET = 0.95;
    private static final double HEARTBEAT_TARGET_MILLIS = 300;
    private static final String ITEM = "/items/42";
    private static final String LBHEARTBEAT = "/__lbheartbeat__";
    private static final String HEARTBEAT = "/__heartbeat__";
    private static final String HEALTH_READY = "/health/ready";

    private final Settings settings;
    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private Bench(Settings settings) {
        this.settings = settings;
    }

    /**
     * @param args see {@link Settings#parse(String...)}
     */
    public static void main(String[] args) {
        Settings settings;
        try {
            settings = Settings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.println("usage: Bench [--smoke] --feature-war=WAR --plain-war=WAR --payara=JAR --work=DIR"
                    + " [--port-base=18601] [--connections=16]");
            System.exit(64);
            return;
        }
        try {
            new Bench(settings).run();
            System.exit(0);
        } catch (BenchFailure e) {
            System.out.flush();
            System.err.println("bench: " + e.getMessage());
            System.exit(1);
        }
    }

    private void run() {
        long started = System.nanoTime();
        Workspace.reset(settings.work());
        Wrk wrk = Wrk.prepare(settings.work(), settings.connections());
        out.println("==> Dockerflow HTTP benchmarks on Payara Micro" + (settings.smoke() ? " (smoke: tiny durations, figures mean nothing)" : ""));
        out.println(Machine.describe());
        out.printf("load: wrk, 1 thread, %d connections; %d pair(s) of %d s rounds per side after %d s of warm-up%n",
                settings.connections(), settings.pairs(), settings.round().toSeconds(), settings.warmup().toSeconds());

        BenchServers servers = new BenchServers();
        Thread stopOnExit = new Thread(servers::close, "stop-servers");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        LoadComparison business;
        LoadComparison lbheartbeat;
        Timings heartbeat;
        List<Timings> bridged;
        try {
            progress("starting Payara Micro three times: plain, feature, bridge");
            servers.start(settings, Machine.java());
            progress(String.format("all three answer, %.0f s after the start", seconds(started)));

            business = LoadComparison.run("GET " + ITEM, wrk, servers.feature().uri(ITEM), servers.plain().uri(ITEM),
                    settings, this::progress);
            lbheartbeat = LoadComparison.run("GET " + LBHEARTBEAT, wrk, servers.feature().uri(LBHEARTBEAT),
                    servers.plain().uri(LBHEARTBEAT), settings, this::progress);

            TimedRequests timed = new TimedRequests(new RequestTimer(Duration.ofSeconds(10)), settings.smoke() ? 1 : 3,
                    settings.smoke() ? Duration.ofSeconds(30) : Duration.ofMinutes(3));
            progress("heartbeat of ten Dockerflow checks: " + settings.heartbeatSamples() + " timed requests");
            heartbeat = timed.repeat(servers.feature().uri(HEARTBEAT), ExpectedBody.heartbeatOk(BenchServers.SLOW_CHECKS),
                    settings.heartbeatSamples());
            progress("ten health checks, bridged heartbeat against " + HEALTH_READY + ": " + settings.healthPairs() + " pairs");
            bridged = timed.alternate(servers.bridge().uri(HEARTBEAT), ExpectedBody.heartbeatOk(BenchServers.HEALTH_CHECKS),
                    servers.bridge().uri(HEALTH_READY), ExpectedBody.healthUp(BenchServers.HEALTH_CHECKS),
                    settings.healthPairs());
        } finally {
            progress("stopping the servers (SIGTERM)");
            servers.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run: the servers are stopped either way
            }
        }
        checkLogs(servers, business, lbheartbeat);

        out.println();
        out.print(table(business, lbheartbeat, heartbeat, bridged).render());
        out.printf("%nload average at the end: %s; %.0f s in all%n", Machine.loadAverage(), seconds(started));
    }

    /**
     * The figures hold only if the measured side logged each request and the baseline logged none.
     * The stdout files are deleted once they pass; a failing one is kept for a look.
     */
    private void checkLogs(BenchServers servers, LoadComparison business, LoadComparison lbheartbeat) {
        long answered = business.measured().requests() + lbheartbeat.measured().requests();
        long logged = MozlogLog.summaries(servers.feature().stdout());
        long plain = MozlogLog.summaries(servers.plain().stdout());
        if (logged < answered) {
            throw new BenchFailure("the feature's server logged " + logged + " request.summary lines for " + answered
                    + " measured requests");
        }
        if (plain != 0) {
            throw new BenchFailure("the plain server logged " + plain + " request.summary lines; it should log none");
        }
        progress(String.format("log check: %,d request.summary lines on the feature's stdout (%,d measured requests,"
                + " the rest warm-up and heartbeats), none on the plain server's", logged, answered));
        // Hundreds of megabytes after a full run, and checked: not worth keeping (Payara's own logs stay)
        for (PayaraServer server : List.of(servers.plain(), servers.feature(), servers.bridge())) {
            try {
                Files.deleteIfExists(server.stdout());
            } catch (IOException e) {
                progress("could not delete " + server.stdout() + ": " + e.getMessage());
            }
        }
    }

    private SummaryTable table(LoadComparison business, LoadComparison lbheartbeat, Timings heartbeat,
                               List<Timings> bridged) {
        SummaryTable table = new SummaryTable();
        load(table, "GET /items/{id}: DockerflowFeature vs none", business);
        load(table, "GET /__lbheartbeat__: feature vs bare resource", lbheartbeat);
        table.row("heartbeat: 10 Dockerflow checks of 200 ms", "median wall time (ms)", millis(heartbeat.median()),
                "200 (one check)", ratio(heartbeat.median() / 200), "< 300 ms", verdict(heartbeat.median() < HEARTBEAT_TARGET_MILLIS));
        table.row("", "p90 / max (ms), n=" + heartbeat.count(), millis(heartbeat.p90()) + " / " + millis(heartbeat.max()),
                "", "", "", "");
        Timings bridge = bridged.get(0);
        Timings health = bridged.get(1);
        table.row("10 MP Health checks of 200 ms: /__heartbeat__ vs /health/ready", "median wall time (ms)",
                millis(bridge.median()), millis(health.median()), ratio(bridge.median() / health.median()), "", "");
        table.row("", "p90 / max (ms), n=" + bridge.count(), millis(bridge.p90()) + " / " + millis(bridge.max()),
                millis(health.p90()) + " / " + millis(health.max()), "", "", "");
        return table;
    }

    private void load(SummaryTable table, String name, LoadComparison comparison) {
        double ratio = comparison.throughputRatio();
        table.row(name, "throughput (requests/s)", String.format("%,.0f", comparison.measured().throughput()),
                String.format("%,.0f", comparison.baseline().throughput()),
                ratio(ratio) + (comparison.pairs().size() > 1 ? " (pairs: median " + ratio(comparison.medianPair())
                        + ", " + ratio(comparison.lowestPair()) + "-" + ratio(comparison.highestPair()) + ")" : ""),
                ">= 0.95", verdict(ratio >= THROUGHPUT_TARGET));
        table.row("", "latency p50 (ms)", millis(comparison.measured().p50Millis()),
                millis(comparison.baseline().p50Millis()),
                ratio(comparison.measured().p50Millis() / comparison.baseline().p50Millis()), "", "");
        table.row("", "latency p99 (ms)", millis(comparison.measured().p99Millis()),
                millis(comparison.baseline().p99Millis()),
                ratio(comparison.measured().p99Millis() / comparison.baseline().p99Millis()), "", "");
    }

    private String verdict(boolean met) {
        if (settings.smoke()) {
            return "not judged (smoke)";
        }
        return met ? "met" : "NOT met";
    }

    /** Milliseconds to three significant figures or whole: 8.39, 35.2, 229, 2022. */
    static String millis(double millis) {
        return String.format(millis < 10 ? "%.2f" : millis < 100 ? "%.1f" : "%.0f", millis);
    }

    private static String ratio(double ratio) {
        return String.format("%.3f", ratio);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private void progress(String message) {
        out.println("--> " + message);
    }
}
