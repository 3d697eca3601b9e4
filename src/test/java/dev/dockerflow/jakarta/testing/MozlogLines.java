package dev.dockerflow.jakarta.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** Checks mozlog lines: one line, valid JSON, valid against the mozlog JSON Schema. */
public final class MozlogLines {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = loadSchema();

    private MozlogLines() {
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = MozlogLines.class.getResourceAsStream("/mozlog.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that the formatter's output is exactly one schema-valid line, and parses it.
     *
     * @param output what the formatter returned, newline included
     * @return the parsed object
     */
    public static JsonNode parse(String output) {
        assertTrue(output.endsWith("\n"), "a record ends with a newline: " + output);
        String line = output.substring(0, output.length() - 1);
        assertFalse(line.contains("\n") || line.contains("\r"), "a record is one line: " + output);
        return validLine(line);
    }

    /**
     * Asserts that a line (without its newline) is a schema-valid mozlog object, and parses it.
     *
     * @param line the line
     * @return the parsed object
     */
    public static JsonNode validLine(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
        Set<ValidationMessage> problems = SCHEMA.validate(node);
        assertEquals(Set.of(), problems, "schema violations in " + line);
        return node;
    }
}
