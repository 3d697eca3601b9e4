package dev.dockerflow.samples.smoke;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A sample's image, built by podman from its module's {@code Dockerfile} on {@link BaseImage}, with the
 * configuration the build gave it, as {@code podman image inspect} reads it.
 */
public final class SampleImage {

    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(15);

    private final String name;
    private final JsonNode config;

    private SampleImage(String name, JsonNode config) {
        this.name = name;
        this.config = config;
    }

    /**
     * Builds the image of a runtime's module, as {@code docker build} would from the module folder,
     * with chroot isolation, which needs no daemon, no cgroups and no network of its own.
     *
     * @param moduleDir the module folder: the build context, holding the {@code Dockerfile}
     * @param runtime   the runtime's name, for the image's
     * @param log       where the build's output goes
     * @return the image
     */
    public static SampleImage build(Path moduleDir, String runtime, Path log) {
        String base = BaseImage.ensure(moduleDir.resolve("target/base-image"), log);
        // One tag per test run: another build on the same machine keeps its own.
        String name = "localhost/dockerflow-samples/notes-" + runtime + ":smoke-" + ProcessHandle.current().pid();
        Commands.logged(log, BUILD_TIMEOUT, List.of("podman", "build", "--isolation", "chroot", "--pull=never",
                "--build-arg", "BASE_IMAGE=" + base, "--tag", name, moduleDir.toString()));
        String inspected = Commands.output(Duration.ofMinutes(1), "podman", "image", "inspect", "--format", "{{json .Config}}", name);
        return new SampleImage(name, SmokeHttp.json(inspected));
    }

    /** @return the image's name */
    public String name() {
        return name;
    }

    /** @return the image's {@code USER}, empty for none */
    public String user() {
        return config.path("User").asText();
    }

    /** @return the image's {@code WORKDIR}, empty for none */
    public String workingDir() {
        return config.path("WorkingDir").asText();
    }

    /** @return the image's {@code ENTRYPOINT}, empty for none */
    public List<String> entrypoint() {
        return strings(config.path("Entrypoint"));
    }

    /** @return the image's {@code CMD}, empty for none */
    public List<String> cmd() {
        return strings(config.path("Cmd"));
    }

    /** @return what a container of the image runs unless told otherwise: {@code ENTRYPOINT} then {@code CMD} */
    public List<String> command() {
        List<String> command = new ArrayList<>(entrypoint());
        command.addAll(cmd());
        return command;
    }

    /** @return the image's environment, by name */
    public Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        for (String entry : strings(config.path("Env"))) {
            String[] parts = entry.split("=", 2);
            environment.put(parts[0], parts.length == 2 ? parts[1] : "");
        }
        return environment;
    }

    /** @return the image's {@code EXPOSE}d ports, as {@code 8000/tcp} */
    public Set<String> exposedPorts() {
        Set<String> ports = new TreeSet<>();
        config.path("ExposedPorts").fieldNames().forEachRemaining(ports::add);
        return ports;
    }

    /** Removes the image from the store, with the layers only it used. */
    public void remove() {
        Commands.output(Duration.ofMinutes(2), "podman", "rmi", name);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
