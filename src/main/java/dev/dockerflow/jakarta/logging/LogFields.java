package dev.dockerflow.jakarta.logging;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Structured fields for one log record, written by {@link MozlogFormatter} into the record's mozlog
 * {@code Fields}. Pass them as a parameter of the record:
 *
 * <pre>{@code
 * LOG.log(Level.INFO, "note created", LogFields.of("note_id", note.id()).and("words", note.words()));
 * }</pre>
 *
 * <p>Strings, numbers and booleans are written as they are, lists and arrays of them as JSON arrays;
 * anything else as its string form. A field whose value is {@code null} is left out. Other
 * parameters of the record still fill the message's {@code {0}} placeholders.
 *
 * <p>The fields are a read-only {@link Map}, and their string form is a JSON object. A server holds one
 * logger per name for all its applications, each with its own copy of this library: a
 * {@code MozlogFormatter} installed in the server's logging reads the fields of another copy's records
 * through {@code Map}, and a plain formatter given the message {@code {0}} prints them as JSON.
 */
public final class LogFields extends AbstractMap<String, Object> {

    private final Map<String, Object> fields;

    private LogFields(Map<String, Object> fields) {
        this.fields = fields;
    }

    /**
     * Fields holding one field.
     *
     * @param name a field name
     * @param value its value
     * @return fields holding this one
     */
    public static LogFields of(String name, Object value) {
        return new LogFields(new LinkedHashMap<>()).and(name, value);
    }

    /**
     * Fields holding a copy of the given ones.
     *
     * @param fields names and values, in the order to write them
     * @return fields holding a copy of these
     */
    public static LogFields of(Map<String, ?> fields) {
        LogFields result = new LogFields(new LinkedHashMap<>());
        fields.forEach(result::and);
        return result;
    }

    /**
     * Adds a field, replacing one of the same name.
     *
     * @param name a field name
     * @param value its value
     * @return these fields
     */
    public LogFields and(String name, Object value) {
        fields.put(Objects.requireNonNull(name, "name"), value);
        return this;
    }

    /** {@return the fields, in insertion order, unmodifiable} */
    public Map<String, Object> asMap() {
        return Collections.unmodifiableMap(fields);
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return Collections.unmodifiableMap(fields).entrySet();
    }

    // The formatter reads every record's fields: these read the map itself, where AbstractMap's would
    // walk the read-only entry set.

    @Override
    public int size() {
        return fields.size();
    }

    @Override
    public boolean containsKey(Object name) {
        return fields.containsKey(name);
    }

    @Override
    public Object get(Object name) {
        return fields.get(name);
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
        fields.forEach(action);
    }

    /** {@return the fields as a JSON object, those whose value is {@code null} left out} */
    @Override
    public String toString() {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (value != null) {
                if (json.length() > 1) {
                    json.append(',');
                }
                JsonText.string(json, name);
                json.append(':');
                JsonText.fieldValue(json, value);
            }
        });
        return json.append('}').toString();
    }
}
