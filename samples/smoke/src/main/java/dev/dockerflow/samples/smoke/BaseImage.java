package dev.dockerflow.samples.smoke;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The image the samples' Dockerfiles start from in these tests, in place of the public JRE image that
 * cannot be pulled here: Debian bookworm (debootstrap's minbase) with Debian's OpenJDK 17 JRE,
 * imported into the local image store. It stays there, so only the first run on a machine makes it;
 * {@code podman rmi dockerflow-samples/jre:17} makes the next run make it afresh.
 */
final class BaseImage {

    /** The image's name, given to each Dockerfile as its {@code BASE_IMAGE} argument. */
    static final String NAME = "localhost/dockerflow-samples/jre:17";

    private static final String SUITE = "bookworm";
    private static final String JRE = "openjdk-17-jre-headless";
    private static final Duration DEBOOTSTRAP_TIMEOUT = Duration.ofMinutes(15);
    private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(5);

    private BaseImage() {
    }

    /**
     * Makes the base image unless the image store already holds it.
     *
     * @param workDir a folder for the root file system while it is made; removed afterwards
     * @param log     where the commands' output goes
     * @return the image's name
     */
    static synchronized String ensure(Path workDir, Path log) {
        if (Commands.succeeds("podman", "image", "exists", NAME)) {
            return NAME;
        }
        ContainerTools.require("debootstrap");
        Path rootfs = workDir.resolve("rootfs");
        remove(rootfs);
        try {
            Commands.logged(log, DEBOOTSTRAP_TIMEOUT, List.of("debootstrap", "--variant=minbase", "--include=" + JRE,
                    SUITE, rootfs.toString(), debianMirror()));
            emptyAptCaches(rootfs);
            importInto(rootfs, javaHome(rootfs), log);
        } finally {
            remove(rootfs);
        }
        return NAME;
    }

    /**
     * The Debian archive this machine's apt already uses (its sources.list or sources.list.d), as apt
     * itself reads them, so that the project names no mirror of its own.
     */
    private static String debianMirror() {
        String uris = Commands.output(Duration.ofMinutes(1), "apt-get", "indextargets", "--format", "$(REPO_URI)",
                "Origin: Debian", "Label: Debian", "Component: main", "Target-Of: deb");
        return uris.lines().map(String::strip).filter(uri -> !uri.isEmpty()).findFirst()
                .orElseThrow(() -> new IllegalStateException("apt knows no Debian archive with a main component"
                        + " (Label: Debian): debootstrap needs one; is apt-get update done?"));
    }

    /** The packages debootstrap downloaded and apt's lists: the image needs neither. */
    private static void emptyAptCaches(Path rootfs) {
        try (Stream<Path> debs = Files.list(rootfs.resolve("var/cache/apt/archives"));
             Stream<Path> lists = Files.list(rootfs.resolve("var/lib/apt/lists"))) {
            for (Path file : Stream.concat(debs, lists).filter(Files::isRegularFile).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where the JRE is, as the image will see it: JRE images set {@code JAVA_HOME}, and Open Liberty's
     * {@code server} script needs it (without it, it starts Java without the options Liberty needs, and
     * the application fails to start).
     */
    private static String javaHome(Path rootfs) {
        try (Stream<Path> jvms = Files.list(rootfs.resolve("usr/lib/jvm"))) {
            return jvms.filter(Files::isDirectory)
                    .map(dir -> dir.getFileName().toString())
                    .filter(name -> name.startsWith("java-17-openjdk"))
                    .findFirst()
                    .map(name -> "/usr/lib/jvm/" + name)
                    .orElseThrow(() -> new IllegalStateException("no /usr/lib/jvm/java-17-openjdk-* in " + rootfs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void importInto(Path rootfs, String javaHome, Path log) {
        try {
            List<Process> pipeline = ProcessBuilder.startPipeline(List.of(
                    new ProcessBuilder("tar", "--numeric-owner", "-C", rootfs.toString(), "-c", ".")
                            .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())),
                    new ProcessBuilder("podman", "import", "--change", "ENV JAVA_HOME=" + javaHome, "-", NAME)
                            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                            .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))));
            List<String> names = List.of("tar", "podman import");
            for (int i = 0; i < pipeline.size(); i++) {
                Process process = pipeline.get(i);
                if (!process.waitFor(IMPORT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    pipeline.forEach(Process::destroyForcibly);
                    throw new IllegalStateException("importing the base image took longer than " + IMPORT_TIMEOUT + "; see " + log);
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("importing the base image failed: " + names.get(i)
                            + " exited " + process.exitValue() + "; see " + log);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Removes a root file system without crossing into anything mounted inside it: debootstrap mounts
     * /proc and /sys there while it works, and one that stopped half-way may leave them mounted.
     */
    private static void remove(Path rootfs) {
        if (Files.exists(rootfs)) {
            Commands.output(Duration.ofMinutes(5), "rm", "-rf", "--one-file-system", rootfs.toString());
        }
    }
}
