package dev.dockerflow.jakarta.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import dev.dockerflow.jakarta.logging.LogFields;

/**
 * The one request.summary record that every formatter benchmark encodes: its logger name and its eight
 * fields, kept in one place so that the mozlog formatter, logstash-logback-encoder and JSON-B are given
 * the same names and values.
 */
final class RequestSummary {

    /** The record's logger name, which the mozlog formatter writes as {@code Type}. */
    static final String LOGGER_NAME = "request.summary";

    private RequestSummary() {
    }

    /** @return the fields, in the order a request.summary line writes them; a new modifiable map each call */
    static Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("errno", 0);
        fields.put("agent", "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0");
        fields.put("lang", "en-US,en;q=0.5");
        fields.put("method", "GET");
        fields.put("path", "/api/notes/42");
        fields.put("uid", "");
        fields.put("rid", "0f8fad5b-d9cb-469f-a165-70867728950e");
        fields.put("t", 3);
        return fields;
    }

    /**
     * @return a java.util.logging record as {@code RequestSummaryFilter} logs it: INFO, the message {@code {0}}
     *         (so that a plain formatter prints the fields), one {@link LogFields} parameter
     */
    static LogRecord logRecord() {
        LogRecord record = new LogRecord(Level.INFO, "{0}");
        record.setLoggerName(LOGGER_NAME);
        record.setParameters(new Object[] {LogFields.of(fields())});
        return record;
    }
}
