package dev.dockerflow.samples.bench.driver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The three Payara Micro servers of a run, started together so that their start-up overlaps, and all
 * running until the end, so that the two sides of each comparison are alternated between warm servers
 * rather than measured one after the other's shutdown:
 *
 * <ul>
 *   <li>{@code plain}: the WAR without the feature, the baseline of the load cases;</li>
 *   <li>{@code feature}: the WAR with it, the measured side of the load cases, and its heartbeat runs
 *       the ten Dockerflow checks, the health checks skipped
 *       ({@code DOCKERFLOW_SKIPPED_CHECKS=ready-01,...});</li>
 *   <li>{@code bridge}: the same WAR, whose heartbeat runs the ten MicroProfile Health checks through
 *       the bridge, the Dockerflow checks skipped ({@code DOCKERFLOW_SKIPPED_CHECKS=slow-01,...}), timed
 *       against Payara's own {@code /health/ready} on the same server.</li>
 * </ul>
 *
 * The check selection is read once at start, which is why two heartbeat cases need two servers.
 */
final class BenchServers implements AutoCloseable {

    /** Names of the ten Dockerflow checks and of the ten health checks (see the WAR's checks). */
    static final List<String> SLOW_CHECKS = names("slow-");
    static final List<String> HEALTH_CHECKS = names("ready-");

    private static final String READY_PATH = "/__lbheartbeat__";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final List<PayaraServer> servers = new ArrayList<>();
    private PayaraServer plain;
    private PayaraServer feature;
    private PayaraServer bridge;
    private boolean closed;

    /**
     * Starts the three servers and waits until each answers. Call {@link #close()} afterwards in any
     * case, also when this throws: it stops whatever was started.
     *
     * @param settings the run's settings
     * @param java     the java launcher
     */
    void start(Settings settings, Path java) {
        int port = settings.portBase();
        int hazelcast = port + Settings.HAZELCAST_OFFSET;
        Ports.requireFree(port, port + 1, port + 2, hazelcast, hazelcast + 1, hazelcast + 2);
        plain = add(new ServerSpec("plain", settings.plainWar(), port, hazelcast, Map.of()), settings, java);
        feature = add(new ServerSpec("feature", settings.featureWar(), port + 1, hazelcast + 1,
                Map.of("DOCKERFLOW_SKIPPED_CHECKS", String.join(",", HEALTH_CHECKS))), settings, java);
        bridge = add(new ServerSpec("bridge", settings.featureWar(), port + 2, hazelcast + 2,
                Map.of("DOCKERFLOW_SKIPPED_CHECKS", String.join(",", SLOW_CHECKS))), settings, java);
        for (PayaraServer server : List.of(plain, feature, bridge)) {
            server.awaitReady(READY_PATH, START_TIMEOUT);
        }
    }

    private synchronized PayaraServer add(ServerSpec spec, Settings settings, Path java) {
        if (closed) {
            throw new BenchFailure("stopping: " + spec.name() + " not started");
        }
        PayaraServer server = PayaraServer.start(spec, java, settings.payaraJar(), settings.work());
        servers.add(server);
        return server;
    }

    PayaraServer plain() {
        return plain;
    }

    PayaraServer feature() {
        return feature;
    }

    PayaraServer bridge() {
        return bridge;
    }

    /** Stops every server started so far; safe to call more than once, from a shutdown hook too. */
    @Override
    public synchronized void close() {
        closed = true;
        servers.parallelStream().forEach(PayaraServer::close);
    }

    private static List<String> names(String prefix) {
        return IntStream.rangeClosed(1, 10).mapToObj(i -> String.format("%s%02d", prefix, i))
                .collect(Collectors.toUnmodifiableList());
    }
}
