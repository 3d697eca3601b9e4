package dev.dockerflow.jakarta.internal.json;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

/**
 * The application's JSON-B provider, created once: building a {@code Jsonb} is costly and an instance
 * is thread-safe.
 */
@ApplicationScoped
public class JsonCodec {

    private Jsonb jsonb;

    @PostConstruct
    void open() {
        jsonb = JsonbBuilder.create();
    }

    /**
     * Serialises a value made of maps, lists, strings, numbers and booleans.
     *
     * @param value the value
     * @return its JSON text
     */
    public String toJson(Object value) {
        return jsonb.toJson(value);
    }

    /**
     * Parses JSON text into maps, lists, strings, numbers and booleans.
     *
     * @param json the text
     * @return the parsed value
     * @throws JsonbException when the text is not JSON, whatever the provider threw
     */
    public Object parse(String json) {
        try {
            return jsonb.fromJson(json, Object.class);
        } catch (JsonbException e) {
            throw e;
        } catch (RuntimeException e) {
            // Providers differ: Yasson wraps a parse error in a JsonbException, Johnzon (TomEE) lets JSON-P's
            // JsonParsingException through, and another may throw anything. Parsing text into plain maps and lists
            // has no other way to fail, so every one of them means the text is not JSON.
            throw new JsonbException("not valid JSON: " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            // Nothing that matters is left to release once the application stops.
        }
    }
}
