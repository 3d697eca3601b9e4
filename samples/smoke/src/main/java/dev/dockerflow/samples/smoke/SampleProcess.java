package dev.dockerflow.samples.smoke;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A sample started as its container starts it: {@code bin/run web} in the folder the image holds as
 * {@code /app}, with {@code PORT} in the environment. What it writes to stdout and stderr goes to
 * files, read once it has stopped.
 */
public final class SampleProcess implements RunningSample {

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
        return start(List.of(appDir.resolve("bin/run").toString(), "web"), appDir, environment, logs);
    }

    /**
     * Starts a command that runs a sample, {@code bin/run} itself or a container engine that runs it.
     *
     * @param command     the command and its arguments
     * @param directory   where it starts
     * @param environment variables added to this process's own
     * @param logs        where stdout.log and stderr.log go
     * @return the running command
     */
    static SampleProcess start(List<String> command, Path directory, Map<String, String> environment, Path logs) {
        try {
            Files.createDirectories(logs);
            Path out = logs.resolve("stdout.log");
            Path err = logs.resolve("stderr.log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().putAll(environment);
            return new SampleProcess(builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command.get(0), e);
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

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM to the sample and everything it started, then SIGKILL to whatever is left after the grace period. */
    @Override
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

    /** @return the process this started */
    ProcessHandle handle() {
        return process.toHandle();
    }

    /** SIGKILL to the process and everything it started, and a bounded wait for it to go. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        waitFor(process.toHandle(), 30);
    }

    /**
     * @param handle  a process
     * @param seconds how long to wait
     * @return whether it has exited
     */
    static boolean waitFor(ProcessHandle handle, long seconds) {
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

    @Override
    public List<String> stdoutLines() {
        return lines(stdout);
    }

    @Override
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
