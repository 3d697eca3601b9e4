package dev.dockerflow.samples.bench.driver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * How long and how hard the benchmark runs, and where its inputs are. Two presets: the full run, a
 * few minutes per case, and {@code --smoke}, seconds per case, which only proves that every case
 * works (its figures mean nothing). The paths come from {@code bench/run}, which builds them.
 *
 * @param smoke            whether this is the smoke preset
 * @param featureWar       the WAR whose application registers {@code DockerflowFeature}
 * @param plainWar         the same WAR without it
 * @param payaraJar        Payara Micro
 * @param work             where servers' logs and files go; emptied at start
 * @param portBase         first of the three HTTP ports; Hazelcast's are 50 above
 * @param connections      wrk's open connections
 * @param warmup           load on each side before the measured rounds, not counted
 * @param round            one measured round on one side
 * @param pairs            measured rounds per side, alternated with the other side's
 * @param heartbeatSamples timed heartbeats of the ten Dockerflow checks
 * @param healthPairs      timed pairs of (bridged heartbeat, Payara's /health/ready)
 */
record Settings(boolean smoke, Path featureWar, Path plainWar, Path payaraJar, Path work, int portBase,
                int connections, Duration warmup, Duration round, int pairs, int heartbeatSamples,
                int healthPairs) {

    /** The benchmark may use ports 18600 to 18699 only: three HTTP ports and three Hazelcast ports. */
    static final int FIRST_PORT = 18600;
    static final int LAST_PORT = 18699;
    static final int HAZELCAST_OFFSET = 50;

    Settings {
        if (portBase < FIRST_PORT || portBase + 2 + HAZELCAST_OFFSET > LAST_PORT) {
            throw new IllegalArgumentException("--port-base must leave every port in " + FIRST_PORT + "-" + LAST_PORT
                    + ": at most " + (LAST_PORT - 2 - HAZELCAST_OFFSET) + ", was " + portBase);
        }
        if (connections < 1 || pairs < 1 || heartbeatSamples < 1 || healthPairs < 1) {
            throw new IllegalArgumentException("connections, pairs and samples must be at least 1");
        }
    }

    /**
     * Reads {@code --smoke}, {@code --feature-war=}, {@code --plain-war=}, {@code --payara=},
     * {@code --work=}, and optionally {@code --port-base=} and {@code --connections=}.
     *
     * @param args the command line
     * @return the settings
     * @throws IllegalArgumentException for an unknown or missing argument
     */
    static Settings parse(String... args) {
        boolean smoke = false;
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            if (arg.equals("--smoke")) {
                smoke = true;
            } else if (arg.startsWith("--") && arg.indexOf('=') > 2) {
                values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else {
                throw new IllegalArgumentException("unknown argument: " + arg);
            }
        }
        Path featureWar = path(values.remove("feature-war"), "feature-war");
        Path plainWar = path(values.remove("plain-war"), "plain-war");
        Path payara = path(values.remove("payara"), "payara");
        Path work = path(values.remove("work"), "work");
        int portBase = Integer.parseInt(values.getOrDefault("port-base", "18601"));
        int connections = Integer.parseInt(values.getOrDefault("connections", "16"));
        values.remove("port-base");
        values.remove("connections");
        if (!values.isEmpty()) {
            throw new IllegalArgumentException("unknown arguments: " + values.keySet());
        }
        return smoke
                ? new Settings(true, featureWar, plainWar, payara, work, portBase, connections,
                        Duration.ofSeconds(2), Duration.ofSeconds(2), 1, 3, 2)
                : new Settings(false, featureWar, plainWar, payara, work, portBase, connections,
                        Duration.ofSeconds(30), Duration.ofSeconds(5), 12, 30, 15);
    }

    private static Path path(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing --" + name + "=...");
        }
        return Path.of(value).toAbsolutePath();
    }
}
