package dev.dockerflow.jakarta.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** The rules of the mozlog JSON Schema (EnvVersion 2.0) the contract names, checked on one parsed line. */
final class MozlogSchema {

    private static final Set<JsonValue.ValueType> SCALARS = Set.of(JsonValue.ValueType.STRING,
            JsonValue.ValueType.NUMBER, JsonValue.ValueType.TRUE, JsonValue.ValueType.FALSE);

    private MozlogSchema() {
    }

    /** @param line a mozlog line, parsed; fails the test unless the schema accepts it */
    static void assertValid(JsonObject line) {
        assertTrue(line.containsKey("Timestamp"), "Timestamp is required: " + line);
        assertIntegerIn(line, "Timestamp", 0, Long.MAX_VALUE);
        for (String key : new String[] {"Type", "Logger", "Hostname", "EnvVersion"}) {
            if (line.containsKey(key)) {
                assertEquals(JsonValue.ValueType.STRING, line.get(key).getValueType(), key + " in " + line);
            }
        }
        if (line.containsKey("EnvVersion")) {
            assertTrue(line.getString("EnvVersion").matches("\\d+(?:\\.\\d+){0,2}"), line.toString());
        }
        assertIntegerIn(line, "Severity", 0, 7);
        assertIntegerIn(line, "Pid", 0, Long.MAX_VALUE);
        if (line.containsKey("Fields")) {
            JsonObject fields = line.getJsonObject("Fields");
            assertFalse(fields.isEmpty(), "Fields has at least one property: " + line);
            for (Map.Entry<String, JsonValue> field : fields.entrySet()) {
                assertTrue(isFieldValue(field.getValue()), field.getKey() + " is no mozlog field value: " + line);
            }
        }
    }

    private static void assertIntegerIn(JsonObject line, String key, long min, long max) {
        if (!line.containsKey(key)) {
            return;
        }
        if (!(line.get(key) instanceof JsonNumber number) || !number.isIntegral()) {
            fail(key + " is not an integer: " + line);
            return;
        }
        long value = number.longValueExact();
        assertTrue(value >= min && value <= max, key + " out of range: " + line);
    }

    private static boolean isFieldValue(JsonValue value) {
        if (SCALARS.contains(value.getValueType())) {
            return true;
        }
        if (value instanceof JsonArray array) {
            return isScalarArray(array);
        }
        if (value instanceof JsonObject object) {
            JsonValue inner = object.get("value");
            boolean representation = !object.containsKey("representation")
                    || object.get("representation").getValueType() == JsonValue.ValueType.STRING;
            return inner != null && representation && (SCALARS.contains(inner.getValueType())
                    || inner instanceof JsonArray array && isScalarArray(array));
        }
        return false;
    }

    /** Not empty, and all strings, all numbers or all booleans. */
    private static boolean isScalarArray(JsonArray array) {
        Set<String> kinds = array.stream().map(item -> switch (item.getValueType()) {
            case STRING -> "string";
            case NUMBER -> "number";
            case TRUE, FALSE -> "boolean";
            default -> "other";
        }).collect(Collectors.toSet());
        return !array.isEmpty() && kinds.size() == 1 && !kinds.contains("other");
    }
}
