package dev.dockerflow.samples.smoke;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** Checks what a sample wrote to stdout against the mozlog JSON Schema, line by line. */
public final class MozlogLines {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = loadSchema();

    private MozlogLines() {
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = MozlogLines.class.getResourceAsStream("mozlog.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses every line, and collects what is wrong with each that is not a schema-valid mozlog object.
     *
     * @param lines    the lines, as written
     * @param problems where each problem is added, naming the line
     * @return the lines that are valid, parsed
     */
    public static List<JsonNode> parse(List<String> lines, List<String> problems) {
        List<JsonNode> valid = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            parseLine(lines.get(i), i + 1, problems).ifPresent(valid::add);
        }
        return valid;
    }

    /**
     * Parses one line, for a caller that reads more lines than it would keep in memory.
     *
     * @param line     the line, as written
     * @param number   its number, for the problem's text
     * @param problems where a problem is added, naming the line
     * @return the line parsed, when it is a schema-valid mozlog object
     */
    public static Optional<JsonNode> parseLine(String line, long number, List<String> problems) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            problems.add("line " + number + " is not JSON: " + line);
            return Optional.empty();
        }
        if (node == null || !node.isObject()) {
            problems.add("line " + number + " is not a JSON object: " + line);
            return Optional.empty();
        }
        Set<ValidationMessage> violations = SCHEMA.validate(node);
        if (!violations.isEmpty()) {
            problems.add("line " + number + " breaks the mozlog schema " + violations + ": " + line);
            return Optional.empty();
        }
        return Optional.of(node);
    }
}
