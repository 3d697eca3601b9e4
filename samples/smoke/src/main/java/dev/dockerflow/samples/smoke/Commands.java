package dev.dockerflow.samples.smoke;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the commands that build and inspect images (podman, buildah, debootstrap) to completion, within
 * a bound, and fails loudly with what the command said when it does not succeed.
 */
final class Commands {

    private Commands() {
    }

    /**
     * Runs a command and returns what it printed.
     *
     * @param timeout how long it may take
     * @param command the command and its arguments
     * @return its stdout
     * @throws IllegalStateException when it fails or takes too long, with its stderr
     */
    static String output(Duration timeout, String... command) {
        try {
            Path out = Files.createTempFile("smoke-command", ".out");
            Path err = Files.createTempFile("smoke-command", ".err");
            try {
                run(List.of(command), out, err, timeout);
                return Files.readString(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs a command whose output is only for a person reading why it failed.
     *
     * @param log     the file its stdout and stderr are added to
     * @param timeout how long it may take
     * @param command the command and its arguments
     * @throws IllegalStateException when it fails or takes too long, with the log's tail
     */
    static void logged(Path log, Duration timeout, List<String> command) {
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "$ " + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run(command, log, log, timeout);
    }

    /**
     * @param command a command and its arguments
     * @return whether it ran and exited 0 within a minute, its output discarded
     */
    static boolean succeeds(String... command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return finish(process, Duration.ofMinutes(1)) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void run(List<String> command, Path out, Path err, Duration timeout) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()));
        if (out.equals(err)) {
            builder.redirectErrorStream(true);
        } else {
            builder.redirectError(err.toFile());
        }
        int status;
        try {
            status = finish(builder.start(), timeout);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command.get(0), e);
        }
        if (status != 0) {
            throw new IllegalStateException(String.join(" ", command)
                    + (status < 0 ? " took longer than " + timeout : " exited " + status) + ":\n" + tail(err, 30));
        }
    }

    /** @return the exit status, or -1 when it was killed for taking longer than the timeout */
    private static int finish(Process process, Duration timeout) {
        try {
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return process.exitValue();
            }
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException(e);
        }
    }

    private static String tail(Path file, int count) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
        } catch (IOException e) {
            return "(" + file + " cannot be read: " + e.getMessage() + ")";
        }
    }
}
