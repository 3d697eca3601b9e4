package dev.dockerflow.samples.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The smoke test run on the sample's container image: builds the image from the module's
 * {@code Dockerfile} with podman, runs it as a platform would, and runs every scenario of
 * {@link SampleSmoke} against it; then checks on the image and the running container what Dockerflow
 * asks of an image: the service in {@code /app}, run as user and group {@code app} (10001), both
 * {@code ENTRYPOINT} and {@code CMD}, listening on {@code $PORT}.
 *
 * <p>Needs podman, buildah and root (see {@link ContainerTools}): skipped without them, failed
 * without them in CI.
 */
public abstract class ImageSmoke extends SampleSmoke {

    private static final String APP = "app";
    private static final String APP_ID = "10001";
    private static final String APP_DIR = "/app";

    private SampleImage image;
    private SampleContainer container;
    private Set<String> laidOut;
    private Set<String> inImage;

    /** @param runtime the runtime's name, for the image's name, file names and messages */
    protected ImageSmoke(String runtime) {
        super(runtime);
    }

    @Override
    protected RunningSample startSample(Map<String, String> environment, Path logs) {
        ContainerTools.require("podman", "buildah");
        laidOut = filesUnder(appDir());
        image = SampleImage.build(moduleDir(), runtime(), logs.resolve("build.log"));
        container = SampleContainer.create(image);
        // Before the service starts: once it runs, it adds, rotates and removes files of its own in /app.
        inImage = new TreeSet<>(container.exec("find", APP_DIR, "-type", "f", "-printf", "%P\\n").lines().toList());
        return container.start(environment, logs);
    }

    @AfterAll
    void removeContainerAndImage() {
        if (container != null) {
            if (container.isAlive()) {
                container.stop(30);
            }
            container.remove();
        }
        if (image != null) {
            image.remove();
        }
    }

    @Test
    @Order(10)
    void imageRunsAsAppFromAppWithEntrypointAndCmd() {
        assertEquals(APP, image.user(), "USER");
        assertEquals(APP_DIR, image.workingDir(), "WORKDIR");
        assertEquals(List.of("/app/bin/run"), image.entrypoint(), "ENTRYPOINT");
        assertEquals(List.of("web"), image.cmd(), "CMD");
        assertEquals("8000", image.environment().get("PORT"), "ENV PORT: Dockerflow's default");
        assertEquals(Set.of("8000/tcp"), image.exposedPorts(), "EXPOSE");
    }

    @Test
    @Order(11)
    void serviceProcessRunsAsUserAndGroupApp() {
        ProcessHandle service = container.mainProcess().orElseThrow(() -> new AssertionError("no process runs the image's command"));

        assertEquals(List.of(APP_ID, APP_ID, APP_ID, APP_ID), SampleContainer.statusIds(service, "Uid"), "uids of " + service.pid());
        assertEquals(List.of(APP_ID, APP_ID, APP_ID, APP_ID), SampleContainer.statusIds(service, "Gid"), "gids of " + service.pid());
    }

    @Test
    @Order(12)
    void commandsInTheContainerRunAsAppInApp() {
        String said = container.exec("sh", "-c", "id -u; id -g; id -un; id -gn; pwd");

        assertEquals(List.of(APP_ID, APP_ID, APP, APP, APP_DIR), said.lines().toList());
    }

    @Test
    @Order(13)
    void appHoldsWhatTheBuildLaidOutAndNothingElse() {
        Set<String> missing = new TreeSet<>(laidOut);
        missing.removeAll(inImage);
        Set<String> extra = new TreeSet<>(inImage);
        extra.removeAll(laidOut);

        assertEquals(Set.of(), missing, "files of target/app missing from the image's /app");
        assertEquals(Set.of(), extra, "files in the image's /app that target/app does not hold");
        assertTrue(inImage.contains("bin/run"), "/app/bin/run");
    }

    private static Set<String> filesUnder(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            Set<String> relative = new TreeSet<>();
            files.filter(Files::isRegularFile).forEach(file -> relative.add(dir.relativize(file).toString()));
            return relative;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
