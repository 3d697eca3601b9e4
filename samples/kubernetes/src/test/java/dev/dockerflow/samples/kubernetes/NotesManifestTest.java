package dev.dockerflow.samples.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Checks what a user of {@code notes.yaml} relies on: that the probes reach the Dockerflow endpoints
 * on the port the service listens on, that the readiness probe waits longer than the heartbeat's own
 * deadline, that the pod runs as the image's non-root user, that every {@code DOCKERFLOW_*} variable is
 * a key the library reads, and that the Service reaches the pods.
 */
class NotesManifestTest {

    private static final String HEARTBEAT = "/__heartbeat__";
    private static final String LB_HEARTBEAT = "/__lbheartbeat__";
    private static final long APP_ID = 10001;
    // The library's dockerflow.heartbeat.timeout and Kubernetes' timeoutSeconds when the manifest sets none.
    private static final long DEFAULT_HEARTBEAT_TIMEOUT_MILLIS = 800;
    private static final long DEFAULT_PROBE_TIMEOUT_SECONDS = 1;
    // Payara, WildFly and Open Liberty take tens of seconds to start on a small CPU request.
    private static final long SLOWEST_START_SECONDS = 120;

    private static List<Map<String, Object>> documents;
    private static Map<String, Object> deployment;
    private static Map<String, Object> service;
    private static Map<String, Object> podSpec;
    private static Map<String, Object> container;

    @BeforeAll
    static void load() throws IOException {
        documents = new ArrayList<>();
        // SafeConstructor: plain maps, lists and scalars only, whatever tags the file holds.
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        try (Reader reader = Files.newBufferedReader(moduleDir().resolve("notes.yaml"), StandardCharsets.UTF_8)) {
            for (Object document : yaml.loadAll(reader)) {
                documents.add(asMap(document, "a document"));
            }
        }
        deployment = document("Deployment");
        service = document("Service");
        podSpec = map(map(map(deployment, "spec"), "template"), "spec");
        List<Object> containers = list(podSpec, "containers");
        assertEquals(1, containers.size(), "the pod runs the service alone");
        container = asMap(containers.get(0), "the container");
    }

    @Test
    void holdsADeploymentAndAService() {
        assertEquals(List.of("apps/v1 Deployment", "v1 Service"),
                documents.stream().map(document -> document.get("apiVersion") + " " + document.get("kind")).toList());
    }

    @Test
    void runsSeveralReplicas() {
        assertTrue(number(map(deployment, "spec"), "replicas") >= 2, "several replicas share the traffic");
    }

    @Test
    void theSelectorMatchesTheTemplateLabels() {
        Map<String, Object> selector = map(map(map(deployment, "spec"), "selector"), "matchLabels");
        Map<String, Object> labels = map(map(map(map(deployment, "spec"), "template"), "metadata"), "labels");

        assertFalse(selector.isEmpty(), "the Deployment selects its pods by label");
        selector.forEach((key, value) -> assertEquals(value, labels.get(key), "template label " + key));
    }

    @Test
    void readinessRunsTheChecksOnTheServicePort() {
        Map<String, Object> httpGet = map(probe("readinessProbe"), "httpGet");

        assertEquals(HEARTBEAT, httpGet.get("path"));
        assertEquals(port(), containerPort(httpGet.get("port")));
    }

    @Test
    void livenessTouchesNoBackingService() {
        Map<String, Object> httpGet = map(probe("livenessProbe"), "httpGet");

        assertEquals(LB_HEARTBEAT, httpGet.get("path"), "a database outage must not restart the replicas");
        assertEquals(port(), containerPort(httpGet.get("port")));
    }

    @Test
    void startupWaitsForASlowApplicationServer() {
        Map<String, Object> probe = probe("startupProbe");
        Map<String, Object> httpGet = map(probe, "httpGet");

        assertEquals(LB_HEARTBEAT, httpGet.get("path"));
        assertEquals(port(), containerPort(httpGet.get("port")));
        // Kubernetes' defaults: every 10 s, 3 failures.
        long period = probe.containsKey("periodSeconds") ? number(probe, "periodSeconds") : 10;
        long failures = probe.containsKey("failureThreshold") ? number(probe, "failureThreshold") : 3;
        assertTrue(period * failures >= SLOWEST_START_SECONDS,
                "the startup probe gives up after " + period * failures + " s");
    }

    @Test
    void readinessWaitsLongerThanTheHeartbeatTimeout() {
        Map<String, Object> probe = probe("readinessProbe");
        long probeMillis = 1000 * (probe.containsKey("timeoutSeconds") ? number(probe, "timeoutSeconds")
                : DEFAULT_PROBE_TIMEOUT_SECONDS);
        String heartbeat = env().get("DOCKERFLOW_HEARTBEAT_TIMEOUT");
        long heartbeatMillis = heartbeat == null ? DEFAULT_HEARTBEAT_TIMEOUT_MILLIS : Long.parseLong(heartbeat);

        assertTrue(probeMillis > heartbeatMillis, "the readiness probe waits " + probeMillis
                + " ms, the heartbeat up to " + heartbeatMillis
                + " ms: the probe would see a time-out, not the report");
    }

    @Test
    void runsAsTheImagesNonRootUser() {
        Map<String, Object> pod = map(podSpec, "securityContext");
        Map<String, Object> own = container.containsKey("securityContext")
                ? map(container, "securityContext") : Map.of();
        // A container's own settings override the pod's.
        Map<String, Object> effective = new HashMap<>(pod);
        effective.putAll(own);

        assertEquals(Boolean.TRUE, effective.get("runAsNonRoot"), "runAsNonRoot");
        assertEquals(APP_ID, number(effective, "runAsUser"), "runAsUser");
        assertEquals(APP_ID, number(effective, "runAsGroup"), "runAsGroup");
    }

    @Test
    void everyDockerflowVariableIsALibraryKey() throws IOException {
        Set<String> known = libraryEnvironmentVariables();
        List<String> dockerflow = env().keySet().stream().filter(name -> name.startsWith("DOCKERFLOW_")).toList();

        assertFalse(dockerflow.isEmpty(), "the manifest configures the library");
        for (String name : dockerflow) {
            assertTrue(known.contains(name), name + " is not one of the library's keys " + known);
        }
    }

    @Test
    void heartbeatDetailsStayForAuthorizedCallers() {
        // The default, "authorized": probes and strangers get the status only. "always" is for local runs.
        assertNull(env().get("DOCKERFLOW_HEARTBEAT_DETAILS"), "the manifest sets DOCKERFLOW_HEARTBEAT_DETAILS");
    }

    @Test
    void theEnvironmentNamesEachVariableOnce() {
        List<String> names = list(container, "env").stream().map(entry -> (String) asMap(entry, "env").get("name"))
                .toList();

        assertEquals(new TreeSet<>(names).size(), names.size(), "repeated names in " + names);
    }

    @Test
    void credentialsComeFromASecret() {
        Map<String, Map<String, Object>> entries = new HashMap<>();
        for (Object entry : list(container, "env")) {
            Map<String, Object> variable = asMap(entry, "env");
            entries.put((String) variable.get("name"), variable);
        }
        for (String name : List.of("DATABASE_URL", "DATABASE_USER", "DATABASE_PASSWORD", "REDIS_URL")) {
            Map<String, Object> variable = entries.get(name);
            assertNotNull(variable, name + " is set");
            assertFalse(variable.containsKey("value"), name + " is not written in the manifest");
            Map<String, Object> secret = map(map(variable, "valueFrom"), "secretKeyRef");
            assertInstanceOf(String.class, secret.get("name"), name + " names its Secret");
            assertInstanceOf(String.class, secret.get("key"), name + " names its key");
        }
    }

    @Test
    void requestsAndLimitsResources() {
        Map<String, Object> resources = map(container, "resources");

        for (String kind : List.of("requests", "limits")) {
            Map<String, Object> amounts = map(resources, kind);
            assertTrue(amounts.containsKey("cpu") && amounts.containsKey("memory"), kind + " cpu and memory");
        }
    }

    @Test
    void theServiceReachesTheNamedPort() {
        Map<String, Object> spec = map(service, "spec");
        Map<String, Object> labels = map(map(map(map(deployment, "spec"), "template"), "metadata"), "labels");
        Map<String, Object> selector = map(spec, "selector");
        List<Object> ports = list(spec, "ports");

        assertEquals("ClusterIP", spec.getOrDefault("type", "ClusterIP"));
        assertFalse(selector.isEmpty(), "the Service selects pods by label");
        selector.forEach((key, value) -> assertEquals(value, labels.get(key), "the pods carry " + key));
        assertEquals(1, ports.size());
        Map<String, Object> port = asMap(ports.get(0), "the Service port");
        assertEquals(80L, number(port, "port"));
        Object target = port.get("targetPort");
        assertInstanceOf(String.class, target, "the Service targets the container port by name");
        assertEquals(port(), containerPort(target));
    }

    private static Map<String, Object> probe(String name) {
        return map(container, name);
    }

    /** @return PORT from the container's environment: the port the service listens on */
    private static long port() {
        String port = env().get("PORT");
        assertNotNull(port, "PORT is set");
        return Long.parseLong(port);
    }

    /**
     * @param reference a probe's or Service's port: a number, or the name of a container port
     * @return the container port's number it reaches
     */
    private static long containerPort(Object reference) {
        for (Object entry : list(container, "ports")) {
            Map<String, Object> port = asMap(entry, "a container port");
            if (reference instanceof String name ? name.equals(port.get("name"))
                    : reference instanceof Number number && number.longValue() == number(port, "containerPort")) {
                return number(port, "containerPort");
            }
        }
        return fail("no container port " + reference + " in " + container.get("ports"));
    }

    /** @return the container's literal environment values by name; values from elsewhere map to null */
    private static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        for (Object entry : list(container, "env")) {
            Map<String, Object> variable = asMap(entry, "env");
            Object value = variable.get("value");
            assertTrue(value == null || value instanceof String,
                    variable.get("name") + ": Kubernetes only takes strings, quote the value");
            env.put((String) variable.get("name"), (String) value);
        }
        return env;
    }

    /**
     * The environment variables that set the library's keys, from the Configuration table of the
     * project's README: MicroProfile Config looks {@code dockerflow.heartbeat.timeout} up as
     * {@code DOCKERFLOW_HEARTBEAT_TIMEOUT} too.
     */
    private static Set<String> libraryEnvironmentVariables() throws IOException {
        Pattern key = Pattern.compile("^\\| `(dockerflow\\.[^`]+)` \\|");
        Set<String> variables = new TreeSet<>();
        boolean inConfiguration = false;
        for (String line : Files.readAllLines(projectReadme(), StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                inConfiguration = line.equals("## Configuration");
            }
            Matcher row = key.matcher(line);
            if (inConfiguration && row.find()) {
                variables.add(row.group(1).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
            }
        }
        assertFalse(variables.isEmpty(), "the README's Configuration table lists the library's keys");
        return variables;
    }

    /**
     * The library's README: the first one up from this module that has a Configuration section, two
     * levels up in the source tree and further up when the samples are built from a copy.
     */
    private static Path projectReadme() throws IOException {
        for (Path dir = moduleDir().toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path readme = dir.resolve("README.md");
            if (Files.isRegularFile(readme) && Files.readAllLines(readme, StandardCharsets.UTF_8)
                    .contains("## Configuration")) {
                return readme;
            }
        }
        return fail("no README.md with a Configuration section above " + moduleDir().toAbsolutePath());
    }

    private static Path moduleDir() {
        // Surefire runs from the module directory and says so in basedir.
        return Path.of(System.getProperty("basedir", "."));
    }

    private static Map<String, Object> document(String kind) {
        List<Map<String, Object>> matching = documents.stream().filter(document -> kind.equals(document.get("kind")))
                .toList();
        assertEquals(1, matching.size(), "one " + kind);
        return matching.get(0);
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return asMap(parent.get(key), key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value, String what) {
        return assertInstanceOf(Map.class, value, what + " is a mapping");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> parent, String key) {
        return assertInstanceOf(List.class, parent.get(key), key + " is a list");
    }

    private static long number(Map<String, Object> parent, String key) {
        return assertInstanceOf(Number.class, parent.get(key), key + " is a number").longValue();
    }
}
