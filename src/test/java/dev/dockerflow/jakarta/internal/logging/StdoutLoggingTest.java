package dev.dockerflow.jakarta.internal.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockerflow.jakarta.internal.summary.Resources;
import dev.dockerflow.jakarta.logging.MozlogHandler;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.MozlogLines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code dockerflow.logging.stdout=true} and no application code: the handler's stream gets one schema-valid
 * mozlog line per record of request.summary and of the loggers the application names, with the request's
 * {@code rid}; stopping the application leaves the loggers as it found them. The stream stands for standard
 * output, which in this process belongs to the test runner ({@code StdoutProcessTest} reads a real one).
 */
class StdoutLoggingTest {

    /** The lines written to the handler's stream, each from one write call. */
    private final List<String> written = new CopyOnWriteArrayList<>();
    private Supplier<OutputStream> realStdout;
    private DockerflowApp app;

    @BeforeEach
    void captureStdout() {
        realStdout = StdoutLogging.stdout;
        StdoutLogging.stdout = () -> new OutputStream() {
            @Override
            public void write(int b) {
                written.add(new String(new byte[] {(byte) b}, StandardCharsets.UTF_8));
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                written.add(new String(bytes, offset, length, StandardCharsets.UTF_8));
            }
        };
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
        StdoutLogging.stdout = realStdout;
    }

    private static DockerflowApp deployment() {
        return DockerflowApp.with().jaxrs(Resources.class).config("dockerflow.logging.stdout", "true")
                .config("dockerflow.logging.loggers", "notes.app").config("dockerflow.logger-name", "notes");
    }

    private List<JsonNode> lines() {
        return written.stream().map(MozlogLines::parse).toList();
    }

    private List<JsonNode> linesOf(String rid) {
        return lines().stream().filter(line -> line.has("Fields") && line.get("Fields").has("rid")
                && rid.equals(line.get("Fields").get("rid").asText())).toList();
    }

    private static List<String> types(List<JsonNode> lines) {
        return lines.stream().map(line -> line.get("Type").asText()).toList();
    }

    private static long mozlogHandlers(String logger) {
        return Arrays.stream(Logger.getLogger(logger).getHandlers()).filter(MozlogHandler.class::isInstance).count();
    }

    @Test
    void theKeyAloneWritesARequestsLinesWithItsId() {
        app = deployment();
        app.start();

        assertEquals(200, app.get("/notes", "X-Request-ID", "stdout-1").statusCode());

        List<JsonNode> ofTheRequest = linesOf("stdout-1");
        assertEquals(List.of("notes.app", "request.summary"), types(ofTheRequest), written.toString());
        assertEquals("listing notes", ofTheRequest.get(0).get("Fields").get("msg").asText());
        assertEquals("/notes", ofTheRequest.get(1).get("Fields").get("path").asText());
        assertTrue(lines().stream().allMatch(line -> line.get("Logger").asText().equals("notes")), written.toString());
    }

    @Test
    void theLibrarysOwnLoggersWriteThereToo() {
        app = DockerflowApp.with().config("dockerflow.logging.stdout", "true");
        app.start();

        Logger.getLogger("dockerflow.heartbeat").warning("a check was slow");

        JsonNode line = lines().get(0);
        assertEquals("dockerflow.heartbeat", line.get("Type").asText());
        assertEquals("a check was slow", line.get("Fields").get("msg").asText());
        assertEquals(1, written.size(), written.toString());
    }

    @Test
    void offByDefaultNothingIsInstalled() {
        app = DockerflowApp.with().jaxrs(Resources.class).config("dockerflow.logging.loggers", "notes.app");
        app.start();

        app.get("/notes");

        for (String logger : List.of("request.summary", "dockerflow", "notes.app")) {
            assertEquals(0, mozlogHandlers(logger), logger);
            assertTrue(Logger.getLogger(logger).getUseParentHandlers(), logger);
        }
        assertEquals(List.of(), written);
    }

    @Test
    void stoppingTakesOffWhatStartingPutOn() {
        Logger quiet = Logger.getLogger("notes.quiet");
        quiet.setUseParentHandlers(false);
        Logger verbose = Logger.getLogger("notes.verbose");
        verbose.setLevel(Level.FINEST);
        try {
            app = DockerflowApp.with().config("dockerflow.logging.stdout", "true")
                    .config("dockerflow.logging.loggers", "notes.app, notes.quiet, notes.verbose")
                    .config("dockerflow.logging.level", "fine");
            app.start();

            for (String logger : List.of("request.summary", "dockerflow", "notes.app", "notes.quiet", "notes.verbose")) {
                assertEquals(1, mozlogHandlers(logger), logger);
                assertFalse(Logger.getLogger(logger).getUseParentHandlers(), logger);
            }
            // Lowered to the handler's level where the logger would have dropped those records, never raised.
            assertEquals(Level.FINE, Logger.getLogger("request.summary").getLevel());
            assertEquals(Level.FINEST, verbose.getLevel());
            Logger.getLogger("notes.app").fine("a detail");
            assertEquals("a detail", lines().get(0).get("Fields").get("msg").asText());

            app.stop();
            app = null;

            for (String logger : List.of("request.summary", "dockerflow", "notes.app", "notes.verbose")) {
                assertEquals(0, mozlogHandlers(logger), logger);
                assertTrue(Logger.getLogger(logger).getUseParentHandlers(), logger);
            }
            assertEquals(0, mozlogHandlers("notes.quiet"));
            assertFalse(quiet.getUseParentHandlers(), "notes.quiet as it was");
            assertNull(Logger.getLogger("request.summary").getLevel());
            assertEquals(Level.FINEST, verbose.getLevel());
        } finally {
            quiet.setUseParentHandlers(true);
            verbose.setLevel(null);
        }
    }

    @Test
    void twoDeploymentsInTurnWriteEachRecordOnce() {
        for (String rid : List.of("first-deployment", "second-deployment")) {
            app = deployment();
            app.start();
            assertEquals(200, app.get("/notes", "X-Request-ID", rid).statusCode());
            app.stop();
            app = null;
        }

        assertEquals(List.of("notes.app", "request.summary"), types(linesOf("first-deployment")), written.toString());
        assertEquals(List.of("notes.app", "request.summary"), types(linesOf("second-deployment")), written.toString());
        assertEquals(4, written.size(), written.toString());
        assertEquals(0, mozlogHandlers("request.summary"));
    }

    @Test
    void aStreamThatFailsNeverFailsTheRequest() {
        StdoutLogging.stdout = () -> new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        PrintStream realErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        app = deployment();
        app.start();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> response = app.get("/notes");
                assertEquals(200, response.statusCode());
                assertEquals("[]", response.body());
            }
        } finally {
            System.setErr(realErr);
        }

        // The handler's error manager tells of the first failure only, not of every line after it.
        String reported = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, reported.split("java.util.logging.ErrorManager", -1).length - 1, reported);
        assertTrue(reported.contains("Broken pipe"), reported);
    }

    @Test
    void aDeploymentThatFailsLaterInItsStartLeavesNothingInstalled() {
        app = DockerflowApp.with().config("dockerflow.logging.stdout", "true").config("dockerflow.checks", "typo");

        assertThrows(RuntimeException.class, app::start);
        app = null;

        for (String logger : List.of("request.summary", "dockerflow")) {
            assertEquals(0, mozlogHandlers(logger), logger);
            assertTrue(Logger.getLogger(logger).getUseParentHandlers(), logger);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "dockerflow.logging.stdout|yes",
        "dockerflow.logging.level|loud",
        "dockerflow.logging.level|'WARN'",
        "dockerflow.logging.loggers|'notes.app,,notes.db'",
        "dockerflow.logging.loggers|'notes.app,'",
        "dockerflow.logging.loggers|' , '",
        "dockerflow.logging.loggers|'notes app'",
    })
    void anUnusableValueFailsStartUpNamingTheKeyAndTheValue(String key, String value) {
        // Even with the key off: the value is wrong whether or not it is used today.
        app = DockerflowApp.with().config(key, value);

        RuntimeException failure = assertThrows(RuntimeException.class, app::start);
        app = null;

        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        assertTrue(messages.toString().contains(key + "=" + value), messages.toString());
        assertEquals(0, mozlogHandlers("request.summary"));
    }
}
