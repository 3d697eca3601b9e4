package dev.dockerflow.samples.smoke;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The smoke test of a runtime's sample: starts it as its container would, with the embedded database,
 * exercises every Dockerflow endpoint, the notes API and the static files, renders the page in
 * headless Chromium, then stops it and checks every line it wrote to stdout against the mozlog schema,
 * with exactly one request.summary line per request.
 *
 * <p>A runtime's module extends it, run by Failsafe after {@code package} has laid out
 * {@code target/app}: directly from {@code target/app}, and from the image ({@link ImageSmoke}). The
 * port comes from the system property {@code smoke.port}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class SampleSmoke {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Pattern FINGERPRINTED_CSS = Pattern.compile("static/(app\\.[0-9a-f]{12}\\.css)");

    private final String runtime;
    private final Path moduleDir = Path.of("").toAbsolutePath();
    private final int port = Integer.getInteger("smoke.port", 18400);
    private RunningSample sample;
    private SmokeHttp http;

    /** @param runtime the runtime's name, for file names and messages */
    protected SampleSmoke(String runtime) {
        this.runtime = runtime;
    }

    /** @return the runtime's name */
    protected String runtime() {
        return runtime;
    }

    /** @return the runtime's module folder */
    protected Path moduleDir() {
        return moduleDir;
    }

    /** @return the port the sample listens on */
    protected int port() {
        return port;
    }

    /** @return the folder the build laid out as the image's {@code /app} */
    protected Path appDir() {
        return moduleDir.resolve("target/app");
    }

    @BeforeAll
    void start() {
        Map<String, String> environment = new HashMap<>(environment());
        environment.put("PORT", Integer.toString(port));
        // A local run that reads the checks: details for every caller, which production leaves at "authorized".
        environment.put("DOCKERFLOW_HEARTBEAT_DETAILS", "always");
        sample = startSample(environment, moduleDir.resolve("target/smoke/" + getClass().getSimpleName()));
        http = new SmokeHttp(port);
        sample.awaitHealthy(http, START_TIMEOUT);
    }

    /**
     * Starts the sample: by default {@code bin/run web} in {@link #appDir()}.
     *
     * @param environment the variables it starts with, {@code PORT} among them
     * @param logs        a folder for what it writes
     * @return the running sample
     */
    protected RunningSample startSample(Map<String, String> environment, Path logs) {
        return SampleProcess.start(appDir(), environment, logs);
    }

    @AfterAll
    void stopIfRunning() {
        if (sample != null && sample.isAlive()) {
            sample.stop(30);
        }
    }

    @Test
    @Order(1)
    void lbheartbeatAnswers200() {
        HttpResponse<String> response = http.get("__lbheartbeat__");

        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    @Order(2)
    void heartbeatRunsEveryCheck() {
        HttpResponse<String> response = http.get("__heartbeat__");

        assertEquals(200, response.statusCode(), response.body());
        StringBuilder checks = new StringBuilder();
        expectedChecks().forEach(check -> checks.append(checks.length() == 0 ? "" : ", ").append('"').append(check).append("\": \"ok\""));
        assertEquals(SmokeHttp.json("{\"status\": \"ok\", \"checks\": {" + checks + "}, \"details\": {}}"),
                SmokeHttp.json(response.body()));
    }

    @Test
    @Order(3)
    void versionComesFromTheBuild() {
        HttpResponse<String> response = http.get("__version__");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JsonNode version = SmokeHttp.json(response.body());
        assertTrue(version.path("commit").asText().matches("[0-9a-f]{40}"), "commit from git: " + version);
        String expected = System.getProperty("smoke.version");
        assertNotNull(expected, "the build passes the project's version as smoke.version");
        assertEquals(expected, version.path("version").asText());
        assertTrue(version.has("source") && version.has("build"), version.toString());
    }

    @Test
    @Order(4)
    void notesAreCreatedListedAndFetched() {
        HttpResponse<String> created = http.postJson("notes", "{\"text\": \"smoke on " + runtime + "\"}");

        assertEquals(201, created.statusCode(), created.body());
        JsonNode note = SmokeHttp.json(created.body());
        assertEquals("smoke on " + runtime, note.path("text").asText());
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/notes/" + note.path("id").asLong()), location);

        HttpResponse<String> fetched = http.get("notes/" + note.path("id").asLong());
        assertEquals(200, fetched.statusCode(), fetched.body());
        assertEquals(note, SmokeHttp.json(fetched.body()));

        HttpResponse<String> listed = http.get("notes");
        assertEquals(200, listed.statusCode(), listed.body());
        assertEquals(note, SmokeHttp.json(listed.body()).get(0));
    }

    @Test
    @Order(5)
    void badRequestsGetJsonErrors() {
        assertJsonError(400, http.postJson("notes", "{\"text\": "));
        assertJsonError(400, http.postJson("notes", "{\"text\": \"   \"}"));
        assertJsonError(400, http.postJson("notes", "[1, 2]"));
        assertJsonError(404, http.get("notes/999999999"));
        assertJsonError(404, http.get("notes/not-a-number"));
    }

    private static void assertJsonError(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode error = SmokeHttp.json(response.body());
        assertEquals(status, error.path("status").asInt(), response.body());
        assertFalse(error.path("error").asText().isBlank(), response.body());
    }

    @Test
    @Order(6)
    void fingerprintedFilesAreImmutableAndPrecompressed() throws IOException {
        HttpResponse<byte[]> page = http.get("", request -> request);
        assertEquals(200, page.statusCode());
        assertEquals("public, max-age=60", page.headers().firstValue("Cache-Control").orElse(""));
        Matcher css = FINGERPRINTED_CSS.matcher(new String(page.body(), StandardCharsets.UTF_8));
        assertTrue(css.find(), "the page links its fingerprinted stylesheet");

        String path = "static/" + css.group(1);
        HttpResponse<byte[]> plain = http.get(path, request -> request);
        assertEquals(200, plain.statusCode());
        assertEquals("public, max-age=31536000, immutable", plain.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("text/css", plain.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertFalse(plain.headers().firstValue("Content-Encoding").isPresent());

        HttpResponse<byte[]> gzip = http.get(path, request -> request.header("Accept-Encoding", "gzip"));
        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals("Accept-Encoding", gzip.headers().firstValue("Vary").orElse(""));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
            assertArrayEquals(plain.body(), in.readAllBytes(), "the gzip variant is the same file");
        }

        HttpResponse<byte[]> brotli = http.get(path, request -> request.header("Accept-Encoding", "gzip, deflate, br"));
        assertEquals("br", brotli.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(brotli.body().length < plain.body().length, "brotli is smaller than the file");

        HttpResponse<byte[]> refused = http.get(path, request -> request.header("Accept-Encoding", "br;q=0, gzip;q=0"));
        assertArrayEquals(plain.body(), refused.body(), "codings with q=0 are not used");

        String etag = plain.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> cached = http.get(path, request -> request.header("If-None-Match", etag));
        assertEquals(304, cached.statusCode());
    }

    @Test
    @Order(7)
    void unfingerprintedAndUnknownFiles() {
        HttpResponse<byte[]> named = http.get("static/app.css", request -> request);
        assertEquals(200, named.statusCode());
        assertEquals("public, max-age=60", named.headers().firstValue("Cache-Control").orElse(""));

        assertEquals(404, http.get("static/manifest.properties", request -> request).statusCode());
        assertEquals(404, http.get("static/nothing.css", request -> request).statusCode());
        int traversal = http.getUnsummarised("static/..%2FMETA-INF%2Fmicroprofile-config.properties");
        assertTrue(traversal == 404 || traversal == 400, "an encoded path traversal is refused: " + traversal);
    }

    @Test
    @Order(8)
    void requestIdsAreEchoed() {
        HttpResponse<String> response = http.get("__lbheartbeat__");

        assertEquals(http.requestIds().get(http.requestIds().size() - 1),
                response.headers().firstValue("X-Request-ID").orElse(""));
    }

    @Test
    @Order(9)
    void pageRendersInChromiumWithoutErrors() {
        assertTrue(Browser.available(), Browser.whatIsMissing());

        // Ready once the script has filled in the version and the notes from the API
        Browser.Visit visit = Browser.visit(http.base(),
                Browser.Ready.script("return document.getElementById('version').textContent.startsWith('version ')"
                        + " && document.querySelectorAll('#notes li').length > 0;"),
                Duration.ofSeconds(30), moduleDir.resolve("target/smoke/" + getClass().getSimpleName() + "/notes-" + runtime + ".png"));

        assertEquals("Notes", visit.title());
        assertTrue(visit.clean(), visit.describe());
    }

    @Test
    @Order(100)
    void stopsAndEveryStdoutLineIsMozlog() {
        assertTrue(sample.stop(60), runtime + " sample did not stop within 60 s of SIGTERM");

        List<String> lines = sample.stdoutLines().stream().filter(line -> !isKnownRuntimeNoise(line)).toList();
        List<String> problems = new ArrayList<>();
        List<JsonNode> records = MozlogLines.parse(lines, problems);
        assertEquals(List.of(), problems, "stdout holds only mozlog lines");

        Map<String, Integer> summaries = new HashMap<>();
        for (JsonNode record : records) {
            if (record.path("Type").asText().equals("request.summary")) {
                summaries.merge(record.path("Fields").path("rid").asText(), 1, Integer::sum);
            }
        }
        List<String> notOnce = http.requestIds().stream().filter(id -> summaries.getOrDefault(id, 0) != 1).toList();
        assertEquals(List.of(), notOnce, "requests without exactly one request.summary line");
        assertNotEquals(0, http.requestIds().size());

        // The service's own lines: the note it stored, and the heartbeat observer's count
        assertTrue(records.stream().anyMatch(record -> record.path("Type").asText().endsWith(".NotesResource")
                && record.path("Fields").path("msg").asText().startsWith("stored note ")), "the API's log line");
        assertTrue(records.stream().anyMatch(record -> record.path("Type").asText().endsWith(".HeartbeatCounter")
                && record.path("Fields").path("msg").asText().startsWith("heartbeat passing")), "the heartbeat observer's line");
    }

    /**
     * The environment the sample starts with, besides {@code PORT}: by default the embedded database and
     * no Redis, whatever the machine's own environment says.
     *
     * @return variables to set
     */
    protected Map<String, String> environment() {
        return Map.of("DATABASE_URL", "", "REDIS_URL", "");
    }

    /** @return the checks the heartbeat must run, all ok */
    protected List<String> expectedChecks() {
        return List.of("database", "migrations", "notes-quota", "notes-schema");
    }

    /**
     * A line the runtime itself prints to stdout that no configuration turns off, which the test lets
     * through because the sample cannot prevent it. Each runtime's exception is named and explained in
     * samples/README.md; none by default.
     *
     * @param line a line of stdout
     * @return whether it is such a line
     */
    protected boolean isKnownRuntimeNoise(String line) {
        return false;
    }
}
