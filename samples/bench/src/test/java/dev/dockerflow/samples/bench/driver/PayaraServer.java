package dev.dockerflow.samples.bench.driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Payara Micro process, started as the notes sample's {@code bin/run} starts it
 * ({@code java -jar payara-micro.jar --deploy X.war --contextroot / --port P --nocluster}) with three
 * additions that keep it to the benchmark's ports and to loopback: a pre-boot command file that binds
 * the HTTP listener to 127.0.0.1 and moves Hazelcast's member port (which Payara Micro opens even with
 * {@code --nocluster}) from 6900 into the benchmark's range, and
 * {@code -Dhazelcast.socket.bind.any=false} so that Hazelcast listens on loopback only.
 *
 * <p>Its stdout, where the application's mozlog lines go, is a file: the benchmark measures the
 * service writing its log as it does in production, to a stream someone else drains. Its stderr,
 * Payara's own log, is another file. {@link #close()} stops it with SIGTERM, and SIGKILL only if it
 * is still there after a grace period. Its pid is written to a file, so that {@code bench/run} can
 * stop it even if the driver itself is killed.
 */
final class PayaraServer implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration GRACE = Duration.ofSeconds(30);

    private final ServerSpec spec;
    private final Process process;
    private final Path stdout;
    private final Path stderr;
    private final Path pidFile;

    private PayaraServer(ServerSpec spec, Process process, Path dir, Path pidFile) {
        this.spec = spec;
        this.process = process;
        this.stdout = dir.resolve("stdout.log");
        this.stderr = dir.resolve("payara.log");
        this.pidFile = pidFile;
    }

    /**
     * Starts the server; it is not ready yet (see {@link #awaitReady(String, Duration)}).
     *
     * @param spec      what to start
     * @param java      the java launcher, the driver's own
     * @param payaraJar Payara Micro
     * @param work      the benchmark's folder: the server's files go to {@code work/<name>}, its pid to
     *                  {@code work/pids/<name>.pid}
     * @return the running process
     */
    static PayaraServer start(ServerSpec spec, Path java, Path payaraJar, Path work) {
        try {
            Path dir = Files.createDirectories(work.resolve(spec.name()));
            Path preboot = Files.writeString(dir.resolve("preboot.asadmin"), String.join("\n",
                    "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1",
                    "set hazelcast-runtime-configuration.start-port=" + spec.hazelcastPort(),
                    "set hazelcast-runtime-configuration.interface=127.0.0.1",
                    ""));
            ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(),
                    "-Dhazelcast.socket.bind.any=false",
                    "-jar", payaraJar.toString(),
                    "--deploy", spec.war().toString(), "--contextroot", "/",
                    "--port", Integer.toString(spec.httpPort()), "--nocluster",
                    "--prebootcommandfile", preboot.toString()))
                    .directory(dir.toFile())
                    .redirectOutput(dir.resolve("stdout.log").toFile())
                    .redirectError(dir.resolve("payara.log").toFile());
            builder.environment().putAll(spec.environment());
            Process process = builder.start();
            Path pids = Files.createDirectories(work.resolve("pids"));
            Path pidFile = Files.writeString(pids.resolve(spec.name() + ".pid"), process.pid() + "\n");
            return new PayaraServer(spec, process, dir, pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Payara Micro for " + spec.name(), e);
        }
    }

    /**
     * Polls {@code path} until it answers 200, every 250 ms, at most {@code timeout}.
     *
     * @param path    a path the application serves once deployed
     * @param timeout how long to wait
     * @throws BenchFailure when the server exits or does not answer in time
     */
    void awaitReady(String path, Duration timeout) {
        // HTTP/1.1: no h2c upgrade attempt against a listener that is still starting
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "nothing";
        for (long attempt = 0; System.nanoTime() < deadline && attempt < timeout.dividedBy(POLL); attempt++) {
            if (!process.isAlive()) {
                throw new BenchFailure(spec.name() + ": Payara Micro exited with " + process.exitValue()
                        + "; its log:\n" + stderrTail(30));
            }
            try {
                int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return;
                }
                last = "status " + status; // deploying: 404, then 500 for a moment
            } catch (IOException e) {
                last = e.toString(); // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BenchFailure("interrupted while waiting for " + spec.name());
            }
            sleep(POLL);
        }
        throw new BenchFailure(spec.name() + ": " + path + " did not answer 200 within " + timeout.toSeconds()
                + " s (last: " + last + "); Payara's log:\n" + stderrTail(30));
    }

    /**
     * @param path a path on the server, with its leading slash
     * @return its address on loopback
     */
    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + spec.httpPort() + path);
    }

    /** @return what the server wrote to stdout: the application's mozlog lines */
    Path stdout() {
        return stdout;
    }

    /** @return the server's name */
    String name() {
        return spec.name();
    }

    /** Stops the server: SIGTERM, then SIGKILL after the grace period. Does nothing the second time. */
    @Override
    public void close() {
        if (process.isAlive()) {
            List<ProcessHandle> children = process.descendants().toList();
            process.destroy();
            children.forEach(ProcessHandle::destroy);
            if (!waitFor(process.toHandle()) || !children.stream().allMatch(PayaraServer::waitFor)) {
                children.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                waitFor(process.toHandle());
            }
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            // bench/run checks that a listed pid is a Payara Micro before stopping it
        }
    }

    private static boolean waitFor(ProcessHandle handle) {
        try {
            handle.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        } catch (Exception e) {
            return !handle.isAlive();
        }
    }

    private String stderrTail(int count) {
        try {
            List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted");
        }
    }
}
