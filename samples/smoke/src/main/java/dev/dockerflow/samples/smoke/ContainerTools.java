package dev.dockerflow.samples.smoke;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What the image tests need on the machine: podman and buildah (Debian's packages), debootstrap for
 * the base image, and root, which debootstrap and the chroot isolation they run under need. On a
 * developer's machine without them the image tests are skipped, saying what is missing; in CI
 * ({@code CI=true}) they fail instead, since CI must prove the images.
 */
final class ContainerTools {

    private ContainerTools() {
    }

    /**
     * Skips the calling test, or fails it in CI, unless every tool named is on the {@code PATH} and this
     * process runs as root.
     *
     * @param tools the commands needed
     */
    static void require(String... tools) {
        List<String> missing = Arrays.stream(tools).filter(tool -> find(tool).isEmpty()).toList();
        String problem = null;
        if (!missing.isEmpty()) {
            problem = String.join(" and ", missing) + " not found on the PATH: the image tests build and run each"
                    + " sample's image with them (Debian: apt-get install podman buildah debootstrap)";
        } else if (!"root".equals(ProcessHandle.current().info().user().orElse(""))) {
            problem = "the image tests run as root: debootstrap makes the base image and buildah runs the"
                    + " images with chroot isolation";
        }
        if (problem == null) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(problem + " (CI=true: CI must prove the images, so this fails instead of skipping)");
        }
        Assumptions.abort(problem);
    }

    private static Optional<Path> find(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, tool))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
