package dev.dockerflow.samples.soak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Runs the soak from the command line ({@code samples/soak/run}) and prints its report; exits 1 when
 * a rule was broken. Settings come from system properties: {@code soak.seconds} (120),
 * {@code soak.connections} (64), {@code soak.rate} (640 requests per second from all connections together,
 * at most), {@code soak.app}, {@code soak.output}, {@code soak.port} (18500),
 * {@code soak.redis-port} (16390), {@code soak.timeout} (800, the heartbeat's timeout in ms).
 */
public final class Soak {

    private Soak() {
    }

    /** @return the soak the system properties describe */
    static SoakRun fromSystemProperties() {
        return new SoakRun(
                Path.of(System.getProperty("soak.app", "../payara/target/app")).toAbsolutePath().normalize(),
                Path.of(System.getProperty("soak.output", "target/soak")).toAbsolutePath(),
                Integer.getInteger("soak.port", 18500),
                Integer.getInteger("soak.redis-port", 16390),
                Duration.ofSeconds(Long.getLong("soak.seconds", 120)),
                Integer.getInteger("soak.connections", 64),
                Integer.getInteger("soak.rate", 640),
                Long.getLong("soak.timeout", 800));
    }

    /**
     * Runs it, prints the report and writes it to {@code report.txt} in the output folder.
     *
     * @return the report
     */
    static SoakReport runAndReport(SoakRun run) throws InterruptedException, IOException {
        SoakReport report = run.run();
        report.lines().forEach(System.out::println);
        report.violations().forEach(violation -> System.out.println("  broken: " + violation));
        Files.createDirectories(run.output());
        Files.write(run.output().resolve("report.txt"), report.lines(), StandardCharsets.UTF_8);
        return report;
    }

    /** @param args none: see the system properties above */
    public static void main(String[] args) throws Exception {
        SoakReport report = runAndReport(fromSystemProperties());
        System.exit(report.violations().isEmpty() ? 0 : 1);
    }
}
