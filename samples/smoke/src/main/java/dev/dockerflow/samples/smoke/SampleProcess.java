package dev.dockerflow.samples.smoke;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A sample started as its container starts it: {@code bin/run web} in the folder the image holds as
 * {@code /app}, with {@code PORT} in the environment. What it writes to stdout and stderr goes to
 * files, read once it has stopped.
 */
public final class SampleProcess {

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private SampleProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /**
     * Starts a sample.
     *
     * @param appDir      the folder laid out as the image's {@code /app}
     * @param environment variables added to this process's own ({@code PORT}, say)
     * @param logs        where stdout.log and stderr.log go
     * @return the running sample
     */
    public static SampleProcess start(Path appDir, Map<String, String> environment, Path logs) {
        try {
            Files.createDirectories(logs);
            Path out = logs.resolve("stdout.log");
            Path err = logs.resolve("stderr.log");
            ProcessBuilder builder = new ProcessBuilder(appDir.resolve("bin/run").toString(), "web")
                    .directory(appDir.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().putAll(environment);
            return new SampleProcess(builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + appDir.resolve("bin/run"), e);
        }
    }

    /** @return the process id of {@code bin/run}, which is the server's JVM once it has started (it execs) */
    public long pid() {
        return process.pid();
    }

    /** @return the file the sample's stdout goes to */
    public Path stdoutFile() {
        return stdout;
    }

    /**
     * Waits until the sample is ready as a platform sees it: its heartbeat answers 200 (the first
     * connection to a cold database may take longer than one heartbeat's deadline). Polled, as a
     * readiness probe polls, for a bounded time.
     *
     * @param http    a client of the sample
     * @param timeout how long it may take
     * @throws AssertionError when the sample exits first or is not ready in time, with its stderr's tail
     */
    public void awaitHealthy(SmokeHttp http, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (http.probe("__heartbeat__") != 200) {
            if (!isAlive()) {
                throw new AssertionError("the sample exited while starting:\n" + stderrTail(40));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the sample is not ready after " + timeout + ":\n" + stderrTail(40));
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** @return whether the sample is still running */
    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Stops the sample as a container platform does: SIGTERM to it and everything it started, then
     * SIGKILL to whatever is left after the grace period.
     *
     * @param grace how long to wait for a clean exit, in seconds
     * @return whether it stopped within the grace period
     */
    public boolean stop(long grace) {
        List<ProcessHandle> started = process.descendants().toList();
        process.destroy();
        started.forEach(ProcessHandle::destroy);
        boolean clean = waitFor(process.toHandle(), grace);
        for (ProcessHandle child : started) {
            clean &= waitFor(child, grace);
        }
        if (!clean) {
            started.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            waitFor(process.toHandle(), grace);
        }
        return clean;
    }

    private static boolean waitFor(ProcessHandle handle, long seconds) {
        try {
            handle.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return !handle.isAlive();
        }
    }

    /** @return every line the sample wrote to stdout so far */
    public List<String> stdoutLines() {
        return lines(stdout);
    }

    /**
     * @param count how many
     * @return the last lines the sample wrote to stderr, for a failure message
     */
    public String stderrTail(int count) {
        List<String> lines = lines(stderr);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
