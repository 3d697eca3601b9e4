package dev.dockerflow.jakarta.version;

import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.regex.Pattern;

import dev.dockerflow.jakarta.testing.LogCapture;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** What a client and a log reader see when /__version__ cannot serve a version object that exists. */
final class BrokenVersion {

    /** A package-qualified Java class name, such as {@code java.io.IOException} or {@code jakarta.json.bind.JsonbException}. */
    private static final Pattern QUALIFIED_CLASS = Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*");

    private BrokenVersion() {
    }

    /**
     * Asserts a 500 whose JSON body is {@code {"status": 500, "error": ...}} with an error naming the
     * problem and showing nothing of the library's internals, and one SEVERE record naming the file.
     *
     * @param response the /__version__ response
     * @param problem a phrase the error must contain
     * @param log the capture of {@code dockerflow.version}
     * @param location the file (or resource) the log record must name
     */
    static void assertBroken(HttpResponse<String> response, String problem, LogCapture log, String location) {
        String body = response.body();
        assertEquals(500, response.statusCode(), body);
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonObject json = json(response);
        assertEquals(Set.of("status", "error"), json.keySet(), body);
        assertEquals(500, json.getInt("status"));
        assertEquals(JsonValue.ValueType.STRING, json.get("error").getValueType(), body);
        String error = json.getString("error");
        assertAll("the error names the problem and shows no internals: " + error,
                () -> assertTrue(error.contains(problem), "should name the problem '" + problem + "'"),
                () -> assertFalse(QUALIFIED_CLASS.matcher(body).find(), "a Java class name"),
                () -> assertFalse(body.contains("Exception"), "an exception type"),
                () -> assertFalse(body.contains("jakarta.json"), "a JSON library package"),
                () -> assertFalse(body.contains("at org.") || body.contains("at java.") || body.contains("\tat "),
                        "a stack trace"));

        List<String> severe = log.messages(Level.SEVERE);
        assertEquals(1, severe.size(), "SEVERE records on dockerflow.version: " + severe);
        assertTrue(severe.get(0).contains(location), "the SEVERE record should name " + location + ": " + severe.get(0));
    }
}
