package dev.dockerflow.jakarta.logging;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes JSON text for the mozlog formatter. The formatter runs inside a runtime's logging subsystem,
 * where no JSON provider may be visible, and on every request's path, so it writes JSON itself; the
 * escaping is proven by property tests that parse every line back.
 *
 * <p>The output is always a single line: every control character, line and paragraph separator and
 * unpaired surrogate is escaped.
 */
final class JsonText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonText() {
    }

    /** Appends a JSON string literal. */
    static void string(StringBuilder out, String value) {
        out.append('"');
        int length = value.length();
        int plainFrom = 0;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c < 0x7f) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            if (c >= 0x80 && !Character.isSurrogate(c) && c != '\u2028' && c != '\u2029') {
                continue;
            }
            out.append(value, plainFrom, i);
            escape(out, c);
            plainFrom = i + 1;
        }
        out.append(value, plainFrom, length).append('"');
    }

    private static void escape(StringBuilder out, char c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            default -> out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf])
                    .append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
        }
    }

    /**
     * Appends a mozlog field value: a string, number or boolean; a non-empty array of strings, of
     * numbers or of booleans; otherwise the value's string form.
     */
    static void fieldValue(StringBuilder out, Object value) {
        if (value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            // Their string form, written without making one
            out.append(((Number) value).longValue());
        } else if (isJsonNumber(value)) {
            out.append(value);
        } else if (value instanceof Collection<?> || value != null && value.getClass().isArray()) {
            array(out, elements(value));
        } else {
            string(out, text(value));
        }
    }

    private static void array(StringBuilder out, List<Object> elements) {
        if (elements.isEmpty()) {
            // The mozlog schema has no empty array (minItems 1): its text keeps the line valid.
            string(out, "[]");
            return;
        }
        boolean allBooleans = elements.stream().allMatch(Boolean.class::isInstance);
        boolean allNumbers = elements.stream().allMatch(JsonText::isJsonNumber);
        out.append('[');
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object element = elements.get(i);
            if (allBooleans || allNumbers) {
                out.append(element);
            } else {
                string(out, text(element));
            }
        }
        out.append(']');
    }

    private static List<Object> elements(Object value) {
        List<Object> elements = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            elements.addAll(collection);
        } else {
            int length = java.lang.reflect.Array.getLength(value);
            for (int i = 0; i < length; i++) {
                elements.add(java.lang.reflect.Array.get(value, i));
            }
        }
        return elements;
    }

    private static boolean isJsonNumber(Object value) {
        if (value instanceof Double d) {
            return Double.isFinite(d);
        }
        if (value instanceof Float f) {
            return Float.isFinite(f);
        }
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger || value instanceof BigDecimal || value instanceof AtomicInteger
                || value instanceof AtomicLong;
    }

    /** The string form of any value; a {@code toString()} that throws is described, not propagated. */
    static String text(Object value) {
        try {
            return String.valueOf(value);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            return "[" + value.getClass().getName() + ".toString() failed: " + e.getClass().getName() + "]";
        }
    }
}
