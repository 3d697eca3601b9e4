package dev.dockerflow.samples.bench.driver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the figures were measured on, printed with them: they mean little without the core count, the
 * JVM (the driver's own, which also runs the servers) and how busy the machine was, since other builds
 * may share it.
 */
final class Machine {

    private Machine() {
    }

    /** @return cores, JVM and load average, one line each */
    static String describe() {
        return "cores: " + Runtime.getRuntime().availableProcessors() + "\n"
                + "java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ")\n"
                + "load average: " + loadAverage();
    }

    /** @return the 1, 5 and 15 minute load averages from /proc/loadavg, or "unknown" off Linux */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** @return the java launcher of the running JVM */
    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }
}
