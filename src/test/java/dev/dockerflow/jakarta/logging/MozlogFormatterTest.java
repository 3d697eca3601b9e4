package dev.dockerflow.jakarta.logging;

import static dev.dockerflow.jakarta.testing.MozlogLines.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockerflow.jakarta.internal.requestid.RequestIdBinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every key of a mozlog line, and the fields a record can carry. */
class MozlogFormatterTest {

    private final MozlogFormatter formatter = new MozlogFormatter("notes");

    private static LogRecord record(Level level, String message, Object... parameters) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName("notes.api");
        record.setParameters(parameters.length == 0 ? null : parameters);
        return record;
    }

    @Test
    void writesEveryTopLevelKey() {
        LogRecord record = record(Level.INFO, "hello");
        record.setInstant(Instant.ofEpochSecond(1_795_312_846L, 776_241_408));

        JsonNode line = parse(formatter.format(record));

        assertEquals(1_795_312_846_776_241_408L, line.get("Timestamp").asLong());
        assertEquals("notes.api", line.get("Type").asText());
        assertEquals("notes", line.get("Logger").asText());
        assertFalse(line.get("Hostname").asText().isEmpty());
        assertEquals("2.0", line.get("EnvVersion").asText());
        assertEquals(6, line.get("Severity").asInt());
        assertEquals(ProcessHandle.current().pid(), line.get("Pid").asLong());
        assertEquals("{\"msg\":\"hello\"}", line.get("Fields").toString());
        assertEquals(List.of("Timestamp", "Type", "Logger", "Hostname", "EnvVersion", "Severity", "Pid", "Fields"),
                iterable(line.fieldNames()));
    }

    @ParameterizedTest
    @CsvSource({"1200, 2", "1100, 2", "1000, 3", "900, 4", "800, 6", "700, 6", "500, 7", "400, 7", "300, 7"})
    void mapsLevelsToSyslogSeverities(int level, int severity) {
        Level custom = Level.parse(Integer.toString(level));
        assertEquals(severity, parse(formatter.format(record(custom, "x"))).get("Severity").asInt());
    }

    @Test
    void theCriticalLevelIsSeverityTwo() {
        assertEquals(2, parse(formatter.format(record(DockerflowLevels.CRITICAL, "x"))).get("Severity").asInt());
    }

    @Test
    void structuredFieldsComeFirstAndFillNoPlaceholder() {
        LogRecord record = record(Level.INFO, "created note {0}", "n-7",
                LogFields.of("note", "n-7").and("words", 120).and("tags", List.of("a", "b")).and("draft", false)
                        .and("ignored", null));

        assertEquals("{\"note\":\"n-7\",\"words\":120,\"tags\":[\"a\",\"b\"],\"draft\":false,\"msg\":\"created note n-7\"}",
                parse(formatter.format(record)).get("Fields").toString());
    }

    @Test
    void leavesOutAnEmptyMessage() {
        assertFalse(parse(formatter.format(record(Level.INFO, ""))).has("Fields"));
        assertFalse(parse(formatter.format(record(Level.INFO, null))).has("Fields"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{retry later}", "{\"a\":1}", " {\"already\": \"json\"} ", "[]", "{}", "{0}"})
    void writesEveryMessageThatLooksLikeJson(String message) {
        assertEquals(message, parse(formatter.format(record(Level.WARNING, message))).get("Fields").get("msg").asText());
    }

    @Test
    void writesAMessageThatLooksLikeJsonBesideFields() {
        JsonNode fields = parse(formatter.format(record(Level.INFO, "{\"a\":1}", LogFields.of("b", 2)))).get("Fields");
        assertEquals("{\"b\":2,\"msg\":\"{\\\"a\\\":1}\"}", fields.toString());
    }

    @Test
    void writesAParameterThatFormatsLikeJson() {
        assertEquals("{user=bob}",
                parse(formatter.format(record(Level.INFO, "{0}", Map.of("user", "bob")))).get("Fields").get("msg").asText());
        assertEquals("[]", parse(formatter.format(record(Level.INFO, "{0}", List.of()))).get("Fields").get("msg").asText());
    }

    @Test
    void leavesOutOnlyTheMessageOfALoneLogFieldsPlaceholder() {
        // request.summary's own message: its fields, already written as fields
        JsonNode summary = parse(formatter.format(record(Level.INFO, "{0}", LogFields.of("a", 1)))).get("Fields");
        assertEquals("{\"a\":1}", summary.toString());
        // anything else with that message is the application's own, and is written
        JsonNode other = parse(formatter.format(record(Level.INFO, "{0}", LogFields.of("a", 1), "second"))).get("Fields");
        assertEquals("{\"a\":1,\"msg\":\"{\\\"a\\\":1}\"}", other.toString());
    }

    @Test
    void writesTheErrorAndATracebackThatAMessageCannotForge() {
        IllegalStateException cause = new IllegalStateException("inner");
        RuntimeException error = new RuntimeException("boom\n\tat forged.Frame(Forged.java:1)\nfake line", cause);
        LogRecord record = record(Level.SEVERE, "failed");
        record.setThrown(error);

        JsonNode fields = parse(formatter.format(record)).get("Fields");

        assertEquals("java.lang.RuntimeException: boom\\n\tat forged.Frame(Forged.java:1)\\nfake line",
                fields.get("error").asText());
        List<String> lines = Arrays.asList(fields.get("traceback").asText().split("\n"));
        assertEquals(fields.get("error").asText(), lines.get(0));
        assertTrue(lines.get(1).startsWith("\tat dev.dockerflow.jakarta.logging.MozlogFormatterTest."), lines.get(1));
        assertTrue(lines.contains("Caused by: java.lang.IllegalStateException: inner"), lines.toString());
        assertTrue(lines.stream().noneMatch(line -> line.contains("forged.Frame") && !line.startsWith("java.lang")),
                lines.toString());
    }

    @Test
    void survivesParametersThatFailAndValuesThatAreNotJson() {
        Object hostile = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("no");
            }
        };
        LogRecord record = record(Level.WARNING, "value {0}", hostile,
                LogFields.of("nan", Double.NaN).and("inf", Float.NEGATIVE_INFINITY).and("none", List.of())
                        .and("mixed", List.of(1, "two", true)).and("numbers", new int[] {1, 2}).and("hostile", hostile)
                        .and("map", java.util.Map.of("k", "v")));

        JsonNode fields = parse(formatter.format(record)).get("Fields");

        assertEquals("value {0}", fields.get("msg").asText());
        assertEquals("NaN", fields.get("nan").asText());
        assertEquals("-Infinity", fields.get("inf").asText());
        assertEquals("[]", fields.get("none").asText());
        assertEquals("[\"1\",\"two\",\"true\"]", fields.get("mixed").toString());
        assertEquals("[1,2]", fields.get("numbers").toString());
        assertTrue(fields.get("hostile").asText().contains("toString() failed: java.lang.IllegalStateException"));
        assertEquals("{k=v}", fields.get("map").asText());
    }

    @Test
    void escapesWhatWouldBreakTheLine() {
        String nasty = "q\"b\\s/\u0000\u0001\u001f\u007f\n\r\t\u2028\u2029\ud800x\udc00😀é";
        LogRecord record = record(Level.INFO, nasty, LogFields.of(nasty, nasty));

        JsonNode fields = parse(formatter.format(record)).get("Fields");

        assertEquals(nasty, fields.get("msg").asText());
        assertEquals(nasty, fields.get(nasty).asText());
    }

    @Test
    void aHundredKilobyteValueStaysOneLine() {
        String agent = "A\n".repeat(50_000);
        JsonNode fields = parse(formatter.format(record(Level.INFO, "", LogFields.of("agent", agent)))).get("Fields");
        assertEquals(agent, fields.get("agent").asText());
    }

    /**
     * Inside a request, {@code rid} and {@code trace_id} follow the record's own fields, both on the
     * direct path and on the merging one (a {@code msg} field the message replaces); a record with a
     * {@code rid} of its own speaks of that request, and gets nothing of the current one.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "                         | {\"msg\":\"hello\",\"rid\":\"r-1\",\"trace_id\":\"4bf92f3577b34da6a3ce929d0e0e4736\"}",
        "msg=theirs               | {\"msg\":\"hello\",\"rid\":\"r-1\",\"trace_id\":\"4bf92f3577b34da6a3ce929d0e0e4736\"}",
        "rid=other                | {\"rid\":\"other\",\"msg\":\"hello\"}",
        "rid=other,msg=theirs     | {\"rid\":\"other\",\"msg\":\"hello\"}",
        "trace_id=t               | {\"trace_id\":\"t\",\"msg\":\"hello\",\"rid\":\"r-1\"}",
        "trace_id=t,msg=theirs    | {\"trace_id\":\"t\",\"msg\":\"hello\",\"rid\":\"r-1\"}",
    })
    void addsTheCurrentRequestsIdAndTraceUnlessTheRecordNamesItsOwnRequest(String own, String expected) {
        LogFields fields = LogFields.of(Map.of());
        if (own != null) {
            for (String field : own.split(",")) {
                fields.and(field.split("=")[0], field.split("=")[1]);
            }
        }
        LogRecord record = fields.isEmpty() ? record(Level.INFO, "hello") : record(Level.INFO, "hello", fields);

        RequestIdBinding.bind("r-1", "4bf92f3577b34da6a3ce929d0e0e4736");
        try {
            assertEquals(expected, parse(formatter.format(record)).get("Fields").toString());
        } finally {
            RequestIdBinding.unbind();
        }
        // After the request, on the same thread: nothing of it.
        assertFalse(parse(formatter.format(record(Level.INFO, "after"))).get("Fields").has("rid"));
    }

    @Test
    void aRequestWithoutTraceHasNoTraceId() {
        RequestIdBinding.bind("r-2", null);
        try {
            assertEquals("{\"msg\":\"hello\",\"rid\":\"r-2\"}",
                    parse(formatter.format(record(Level.INFO, "hello"))).get("Fields").toString());
        } finally {
            RequestIdBinding.unbind();
        }
    }

    @Test
    void anEndedRequestLeavesNothingOnTheThreadsThatStillHoldIt() {
        RequestIdBinding binding = RequestIdBinding.bind("r-3", "4bf92f3577b34da6a3ce929d0e0e4736");
        try {
            // Its response written on another thread.
            binding.end();
            assertEquals("{\"msg\":\"hello\"}", parse(formatter.format(record(Level.INFO, "hello"))).get("Fields").toString());
        } finally {
            RequestIdBinding.unbind();
        }
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    /**
     * A formatter in a server's logging sees records from every application, each with its own copy of
     * the library: fields of another copy's LogFields are written all the same, and a plain Map is not.
     */
    @Test
    void readsTheFieldsOfAnotherCopyOfTheLibrary() throws Exception {
        java.net.URL classes = LogFields.class.getProtectionDomain().getCodeSource().getLocation();
        try (java.net.URLClassLoader otherApplication = new java.net.URLClassLoader(new java.net.URL[] {classes}, null)) {
            Class<?> otherCopy = otherApplication.loadClass(LogFields.class.getName());
            Object fields = otherCopy.getMethod("of", String.class, Object.class).invoke(null, "errno", 0);
            otherCopy.getMethod("and", String.class, Object.class).invoke(fields, "path", "/notes");
            assertFalse(fields instanceof LogFields, "the test needs a copy from another class loader");

            assertEquals("{\"errno\":0,\"path\":\"/notes\"}",
                    parse(formatter.format(record(Level.INFO, "{0}", fields))).get("Fields").toString());
            assertEquals("{\"msg\":\"fields {path=/x}\"}",
                    parse(formatter.format(record(Level.INFO, "fields {0}", java.util.Map.of("path", "/x")))).get("Fields").toString());
        }
    }
}
