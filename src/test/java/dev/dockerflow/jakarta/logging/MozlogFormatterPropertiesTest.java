package dev.dockerflow.jakarta.logging;

import static dev.dockerflow.jakarta.testing.MozlogLines.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the message, level, fields and throwable, the formatter writes one line that parses,
 * validates against the mozlog schema and gives the message and string fields back unchanged.
 */
class MozlogFormatterPropertiesTest {

    private final MozlogFormatter formatter = new MozlogFormatter("props");

    @Property(tries = 2000)
    void everyRecordIsOneValidLineThatRoundTrips(@ForAll("text") String message, @ForAll("levels") Level level,
            @ForAll("fields") Map<String, Object> fields, @ForAll("text") String errorMessage,
            @ForAll boolean withError) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName(message);
        record.setParameters(fields.isEmpty() ? null : new Object[] {LogFields.of(fields)});
        IllegalStateException error = new IllegalStateException(errorMessage, new RuntimeException(message));
        if (withError) {
            record.setThrown(error);
        }

        JsonNode line = parse(formatter.format(record));

        assertEquals(message, line.get("Type").asText());
        JsonNode written = line.get("Fields");
        // Every message is written but request.summary's own, "{0}" over its lone fields.
        boolean messageShown = !message.isEmpty() && !(message.equals("{0}") && !fields.isEmpty());
        if (messageShown && !hasPlaceholder(message)) {
            assertEquals(message, written.get("msg").asText());
        }
        if (!messageShown) {
            assertFalse(written != null && written.has("msg") && !fields.containsKey("msg"));
        }
        fields.forEach((name, value) -> {
            if (value instanceof String text && !(name.equals("msg") && messageShown)
                    && !(withError && (name.equals("error") || name.equals("traceback")))) {
                assertEquals(text, written.get(name).asText(), "field " + name);
            }
        });
        if (withError) {
            // One line per exception and per frame: the messages' own line breaks add none.
            assertEquals(2 + error.getStackTrace().length + error.getCause().getStackTrace().length,
                    written.get("traceback").asText().split("\n", -1).length - 1);
        }
    }

    /** With a parameter array present, JUL formats {@code {0}}-style placeholders; the text changes on purpose. */
    private static boolean hasPlaceholder(String message) {
        return message.matches("(?s).*\\{[0-9].*");
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(80),
                Arbitraries.strings().withChars("\u0000\u0001\n\r\t\"\\/{}\u2028\u2029\ud800\udc00\u007f😀é ")
                        .ofMaxLength(40),
                Arbitraries.strings().ascii().ofMaxLength(80),
                // What looks like JSON, which is written like any other message
                Arbitraries.strings().withChars("{}[]\":,0a ").ofMaxLength(12));
    }

    @Provide
    Arbitrary<Level> levels() {
        return Arbitraries.oneOf(
                Arbitraries.of(Level.SEVERE, Level.WARNING, Level.INFO, Level.CONFIG, Level.FINE, Level.FINER,
                        Level.FINEST, DockerflowLevels.CRITICAL),
                Arbitraries.integers().between(1, 2000).map(value -> Level.parse(Integer.toString(value))));
    }

    @Provide
    Arbitrary<Map<String, Object>> fields() {
        Arbitrary<Object> values = Arbitraries.oneOf(
                text().map(Object.class::cast),
                Arbitraries.longs().map(Object.class::cast),
                Arbitraries.doubles().map(Object.class::cast),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, true, false).map(Object.class::cast),
                text().list().ofMaxSize(4).map(Object.class::cast),
                Arbitraries.integers().list().ofMaxSize(4).map(Object.class::cast),
                Combinators.combine(text(), Arbitraries.integers()).as((a, b) -> (Object) Map.of(a, b)));
        return Arbitraries.maps(text(), values).ofMaxSize(5);
    }
}
