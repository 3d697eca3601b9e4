package dev.dockerflow.samples.smoke;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A container of a sample's image, run as a platform runs it: the image's {@code ENTRYPOINT} and
 * {@code CMD}, as its {@code USER}, in its {@code WORKDIR}, with its environment and the variables the
 * test adds ({@code PORT}, say). buildah runs it with chroot isolation, which shares the machine's
 * network and process table: the service listens on {@code $PORT} on loopback, and its process can be
 * seen, and signalled, from outside. Stopping it removes the container, as {@code run --rm} would.
 */
public final class SampleContainer implements RunningSample {

    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);

    private final String name;
    private final SampleImage image;
    private SampleProcess run;
    private boolean removed;

    private SampleContainer(String name, SampleImage image) {
        this.name = name;
        this.image = image;
    }

    /**
     * Makes a container of an image, not yet running its command: {@link #exec} sees the image as built.
     *
     * @param image the image
     * @return the container
     */
    public static SampleContainer create(SampleImage image) {
        String name = image.name().replaceFirst(".*/", "").replaceAll("[^A-Za-z0-9-]", "-");
        // The host name resolves, as a container engine's own /etc/hosts makes it: Payara Micro needs that to start.
        Commands.output(COMMAND_TIMEOUT, "buildah", "from", "--pull=never", "--name", name,
                "--add-host", name + ":127.0.0.1", image.name());
        return new SampleContainer(name, image);
    }

    /**
     * Starts the image's command in the container.
     *
     * @param environment variables set in the container, over the image's own
     * @param logs        where its stdout.log and stderr.log go
     * @return this container, running
     */
    public SampleContainer start(Map<String, String> environment, Path logs) {
        List<String> command = new ArrayList<>(List.of("buildah", "run", "--isolation", "chroot", "--hostname", name));
        environment.forEach((key, value) -> command.addAll(List.of("--env", key + "=" + value)));
        command.add(name);
        command.add("--");
        command.addAll(image.command());
        run = SampleProcess.start(command, logs, Map.of(), logs);
        return this;
    }

    /**
     * Runs another command in the container, as the image's user, in its working directory.
     *
     * @param command the command and its arguments
     * @return its stdout
     */
    public String exec(String... command) {
        List<String> line = new ArrayList<>(List.of("buildah", "run", "--isolation", "chroot", name, "--"));
        line.addAll(List.of(command));
        return Commands.output(COMMAND_TIMEOUT, line.toArray(String[]::new));
    }

    /**
     * The container's first process, the one a container engine would give pid 1 and send SIGTERM: the
     * child of the process buildah starts the image's command from ({@code buildah-chroot-exec}).
     *
     * @return it, while it runs
     */
    public Optional<ProcessHandle> mainProcess() {
        if (run == null) {
            return Optional.empty();
        }
        return run.handle().descendants()
                .filter(process -> process.parent().map(SampleContainer::isChrootExec).orElse(false))
                .findFirst();
    }

    /**
     * @param process a process of the container
     * @param field   a field of its /proc status, {@code Uid} or {@code Gid}
     * @return the field's values: real, effective, saved and file system ids
     */
    public static List<String> statusIds(ProcessHandle process, String field) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                    .filter(line -> line.startsWith(field + ":"))
                    .findFirst()
                    .map(line -> List.of(line.substring(field.length() + 1).strip().split("\\s+")))
                    .orElse(List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isChrootExec(ProcessHandle process) {
        return process.info().command().map(command -> command.contains("buildah-chroot-exec")).orElse(false);
    }

    @Override
    public boolean isAlive() {
        return run != null && run.isAlive();
    }

    /** SIGTERM to the container's first process, as a container engine's stop sends it; SIGKILL after the grace period. */
    @Override
    public boolean stop(long grace) {
        if (run == null) {
            remove();
            return true;
        }
        mainProcess().ifPresent(ProcessHandle::destroy);
        boolean clean = SampleProcess.waitFor(run.handle(), grace);
        if (!clean) {
            run.kill();
        }
        remove();
        return clean;
    }

    /** Removes the container, once its command has ended; nothing when it is already removed. */
    public synchronized void remove() {
        if (!removed && !isAlive()) {
            Commands.output(COMMAND_TIMEOUT, "buildah", "rm", name);
            removed = true;
        }
    }

    @Override
    public List<String> stdoutLines() {
        return run == null ? List.of() : run.stdoutLines();
    }

    @Override
    public String stderrTail(int count) {
        return run == null ? "" : run.stderrTail(count);
    }
}
