package dev.dockerflow.samples.bench.driver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs wrk (Debian's {@code wrk} package), the load generator of the throughput and latency cases: a
 * closed loop of {@code connections} keep-alive connections on one thread, as fast as the server
 * answers, for a fixed time and at most a fixed number of requests. One wrk thread, because wrk shares
 * the machine's two cores with the server it measures, and one thread drives more requests than
 * Payara Micro can answer on the other core.
 */
final class Wrk {

    /** Far above what a run can reach (one server on two cores); reaching it would end the run early. */
    private static final long MAX_REQUESTS_PER_SECOND = 200_000;

    private final Path script;
    private final Path output;
    private final int connections;

    private Wrk(Path script, Path output, int connections) {
        this.script = script;
        this.output = output;
        this.connections = connections;
    }

    /**
     * Checks that wrk is installed and puts its script where wrk can read it.
     *
     * @param work        the benchmark's folder
     * @param connections open connections
     * @return the load generator
     * @throws BenchFailure when wrk is not on the PATH
     */
    static Wrk prepare(Path work, int connections) {
        try {
            Process version = new ProcessBuilder("wrk", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!version.waitFor(10, TimeUnit.SECONDS)) {
                version.destroyForcibly();
            }
        } catch (IOException e) {
            throw new BenchFailure("wrk is not installed (Debian: apt-get install -y wrk)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted");
        }
        Path script = work.resolve("wrk-report.lua");
        try (InputStream in = Wrk.class.getResourceAsStream("wrk-report.lua")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Wrk(script, work.resolve("wrk.out"), connections);
    }

    /** @return the number of open connections */
    int connections() {
        return connections;
    }

    /**
     * Loads one URL and checks the run: no error, some requests, the cap not reached.
     *
     * @param uri      what to request, GET
     * @param duration how long
     * @return what wrk measured
     * @throws BenchFailure when wrk fails, or when the run had errors or hit its request cap
     */
    LoadResult run(URI uri, Duration duration) {
        long cap = cap(duration);
        LoadResult result = LoadResult.parse(execute(uri, duration));
        if (result.errors() > 0) {
            throw new BenchFailure(result.errors() + " errors loading " + uri + ":\n" + printed());
        }
        if (result.requests() >= cap - connections) {
            throw new BenchFailure("wrk reached its cap of " + cap + " requests on " + uri + ": raise it");
        }
        if (result.requests() == 0) {
            throw new BenchFailure("no request completed on " + uri);
        }
        return result;
    }

    /**
     * Loads one URL to warm the server up, whatever comes of it: the first requests of a cold JVM
     * may take longer than a short warm-up lasts, and they are not measured.
     *
     * @param uri      what to request, GET
     * @param duration how long
     * @throws BenchFailure when wrk itself fails
     */
    void warmUp(URI uri, Duration duration) {
        execute(uri, duration);
    }

    private static long cap(Duration duration) {
        return Math.max(1, duration.toSeconds()) * MAX_REQUESTS_PER_SECOND;
    }

    private String printed() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(wrk's output is unreadable: " + e.getMessage() + ")";
        }
    }

    /** Runs wrk once and returns what it printed, its report's JSON line last. */
    private String execute(URI uri, Duration duration) {
        long seconds = Math.max(1, duration.toSeconds());
        long cap = cap(duration);
        List<String> command = List.of("wrk", "-t1", "-c" + connections, "-d" + seconds + "s", "--timeout", "5s",
                "-s", script.toString(), uri.toString(), "--", Long.toString(cap));
        String printed;
        try {
            // To a file, not a pipe: a wrk that hangs cannot then hold the driver past the time-out
            Process wrk = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!wrk.waitFor(seconds + 30, TimeUnit.SECONDS)) {
                wrk.destroyForcibly();
                throw new BenchFailure("wrk did not end: " + command);
            }
            printed = Files.readString(output, StandardCharsets.UTF_8);
            if (wrk.exitValue() != 0) {
                throw new BenchFailure("wrk failed (" + wrk.exitValue() + "): " + printed);
            }
        } catch (IOException e) {
            throw new BenchFailure("could not run wrk: " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted");
        }
        return printed;
    }
}
