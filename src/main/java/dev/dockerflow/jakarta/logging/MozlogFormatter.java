package dev.dockerflow.jakarta.logging;

import java.net.InetAddress;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;

import dev.dockerflow.jakarta.internal.requestid.RequestIdBinding;

/**
 * Writes each java.util.logging record as one mozlog JSON object on one line (python-dockerflow's
 * {@code JsonLogFormatter}):
 *
 * <pre>{@code {"Timestamp":1795312846776241408,"Type":"request.summary","Logger":"notes","Hostname":"web-1",
 * "EnvVersion":"2.0","Severity":6,"Pid":2921,"Fields":{"errno":0,"path":"/__version__","rid":"abc-123","t":0}}}</pre>
 *
 * <ul>
 * <li>{@code Type} is the record's logger name; {@code Logger} the application's name: the formatter
 * property {@code dev.dockerflow.jakarta.logging.MozlogFormatter.logger} in {@code logging.properties},
 * else {@code dockerflow.logger-name} from MicroProfile Config (or the {@code DOCKERFLOW_LOGGER_NAME}
 * environment variable), else {@code Dockerflow}.</li>
 * <li>{@code Severity}: 2 above SEVERE (such as {@link DockerflowLevels#CRITICAL}), 3 SEVERE,
 * 4 WARNING, 6 INFO and CONFIG, 7 below.</li>
 * <li>{@code Fields}: every {@link LogFields} parameter of the record; {@code msg}, the formatted
 * message, whatever it looks like, unless it is empty or it is request.summary's {@code {0}} over the
 * record's lone {@code LogFields}, which are written as fields already; {@code error} and {@code traceback} when
 * a throwable is attached; {@code rid}, the current {@link RequestId}, and {@code trace_id}, the trace
 * id of its caller's valid {@code traceparent} (unless a field has that name), both left out when a field
 * is named {@code rid}: that record names a request of its own. Left out when there is nothing to put
 * in it.</li>
 * </ul>
 *
 * <p>Every input gives one valid line: control characters and unpaired surrogates are escaped, a
 * parameter whose {@code toString()} throws is described instead.
 *
 * <p>In {@code logging.properties}:
 * <pre>
 * handlers = dev.dockerflow.jakarta.logging.MozlogHandler
 * dev.dockerflow.jakarta.logging.MozlogFormatter.logger = notes
 * </pre>
 * or, with another handler: {@code java.util.logging.ConsoleHandler.formatter = dev.dockerflow.jakarta.logging.MozlogFormatter}.
 */
public class MozlogFormatter extends Formatter {

    private static final String DEFAULT_LOGGER = "Dockerflow";
    private static final String HOSTNAME = hostname();
    private static final long PID = ProcessHandle.current().pid();
    /** Room for a request.summary line without growing: some 360 characters with a browser's user agent. */
    private static final int INITIAL_CAPACITY = 512;
    /**
     * Each thread keeps the builder of its last line for its next one, unless a long line (a deep
     * traceback) grew it past this many characters: the only allocation left is the returned String.
     * A JDK class in a plain ThreadLocal, so it holds no application's class loader.
     */
    private static final int KEPT_CAPACITY = 8192;
    private static final ThreadLocal<StringBuilder> SPARE_LINE = new ThreadLocal<>();

    private volatile String loggerName;

    /** A formatter configured from {@code logging.properties}, MicroProfile Config or the environment. */
    public MozlogFormatter() {
        loggerName = LogManager.getLogManager().getProperty(MozlogFormatter.class.getName() + ".logger");
    }

    /**
     * A formatter writing the given {@code Logger} field rather than the configured one.
     *
     * @param loggerName the mozlog {@code Logger} field
     */
    public MozlogFormatter(String loggerName) {
        this.loggerName = loggerName;
    }

    @Override
    public String format(LogRecord record) {
        StringBuilder line = SPARE_LINE.get();
        if (line == null) {
            line = new StringBuilder(INITIAL_CAPACITY);
        } else {
            // Taken: a record logged while this one is formatted (by a parameter's toString()) gets its own.
            SPARE_LINE.set(null);
            line.setLength(0);
        }
        try {
            writeLine(line, record);
            return line.toString();
        } finally {
            if (line.capacity() <= KEPT_CAPACITY) {
                SPARE_LINE.set(line);
            }
        }
    }

    private void writeLine(StringBuilder line, LogRecord record) {
        Instant instant = record.getInstant();
        line.append("{\"Timestamp\":").append(instant.getEpochSecond() * 1_000_000_000L + instant.getNano());
        line.append(",\"Type\":");
        JsonText.string(line, record.getLoggerName() == null ? "" : record.getLoggerName());
        line.append(",\"Logger\":");
        JsonText.string(line, loggerName());
        line.append(",\"Hostname\":");
        JsonText.string(line, HOSTNAME);
        line.append(",\"EnvVersion\":\"2.0\",\"Severity\":").append(severity(record.getLevel()));
        line.append(",\"Pid\":").append(PID);
        FieldsWriter fields = new FieldsWriter(line);
        writeFields(fields, record);
        if (fields.written) {
            line.append('}');
        }
        line.append("}\n");
    }

    /**
     * The syslog severity of a level.
     *
     * @param level a java.util.logging level
     * @return 2 above SEVERE, 3 SEVERE, 4 WARNING, 6 INFO and CONFIG, 7 below
     */
    public static int severity(Level level) {
        int value = level == null ? Level.INFO.intValue() : level.intValue();
        if (value > Level.SEVERE.intValue()) {
            return 2;
        }
        if (value == Level.SEVERE.intValue()) {
            return 3;
        }
        if (value >= Level.WARNING.intValue()) {
            return 4;
        }
        if (value >= Level.CONFIG.intValue()) {
            return 6;
        }
        return 7;
    }

    /**
     * Writes the record's fields. A record with at most one {@link LogFields} parameter, none of whose
     * fields the formatter's own {@code msg}, {@code error} or {@code traceback} replaces, is written as
     * it is read; any other goes through a map first, which merges the parameters and lets the
     * formatter's fields take the place of theirs. Both give the same line.
     */
    private void writeFields(FieldsWriter out, LogRecord record) {
        Map<?, ?> logFields = null;
        int logFieldsCount = 0;
        Object[] parameters = record.getParameters();
        if (parameters != null) {
            for (Object parameter : parameters) {
                if (isLogFields(parameter)) {
                    logFields = (Map<?, ?>) parameter;
                    logFieldsCount++;
                }
            }
        }
        String message = message(record);
        boolean writeMessage = !message.isEmpty();
        Throwable thrown = record.getThrown();
        String error = thrown == null ? null : Traceback.summary(thrown);
        String traceback = thrown == null ? null : Traceback.of(thrown);

        if (logFieldsCount > 1
                || logFields != null && (writeMessage && logFields.get("msg") != null
                        || thrown != null && (logFields.get("error") != null || logFields.get("traceback") != null))) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (Object parameter : parameters) {
                if (isLogFields(parameter)) {
                    ((Map<?, ?>) parameter).forEach((name, value) -> {
                        if (value != null) {
                            fields.put(String.valueOf(name), value);
                        }
                    });
                }
            }
            if (writeMessage) {
                fields.put("msg", message);
            }
            if (thrown != null) {
                fields.put("error", error);
                fields.put("traceback", traceback);
            }
            RequestIdBinding request = fields.containsKey("rid") ? null : RequestIdBinding.active();
            if (request != null) {
                fields.put("rid", request.id());
                if (request.traceId() != null) {
                    fields.putIfAbsent("trace_id", request.traceId());
                }
            }
            fields.forEach(out::field);
            return;
        }

        if (logFields != null) {
            logFields.forEach(out);
        }
        if (writeMessage) {
            out.field("msg", message);
        }
        if (thrown != null) {
            out.field("error", error);
            out.field("traceback", traceback);
        }
        RequestIdBinding request = logFields != null && logFields.get("rid") != null
                ? null : RequestIdBinding.active();
        if (request != null) {
            out.field("rid", request.id());
            if (request.traceId() != null && (logFields == null || logFields.get("trace_id") == null)) {
                out.field("trace_id", request.traceId());
            }
        }
    }

    /** Writes the {@code Fields} object's members, and its opening the first time; leaves out null values. */
    private static final class FieldsWriter implements BiConsumer<Object, Object> {

        private final StringBuilder line;
        private boolean written;

        FieldsWriter(StringBuilder line) {
            this.line = line;
        }

        @Override
        public void accept(Object name, Object value) {
            if (value != null) {
                field(String.valueOf(name), value);
            }
        }

        void field(String name, Object value) {
            line.append(written ? "," : ",\"Fields\":{");
            written = true;
            JsonText.string(line, name);
            line.append(':');
            JsonText.fieldValue(line, value);
        }
    }

    /**
     * {@link LogFields} from this copy of the library or from another application's: a formatter in a
     * server's logging sees the records of every application, each loading its own copy.
     */
    private static boolean isLogFields(Object parameter) {
        return parameter instanceof Map<?, ?> && LogFields.class.getName().equals(parameter.getClass().getName());
    }

    private String message(LogRecord record) {
        if (record.getMessage() == null || isFieldsOnly(record)) {
            return "";
        }
        try {
            return formatMessage(record);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // A parameter whose toString() throws: keep the unformatted message.
            return record.getMessage();
        }
    }

    // request.summary's message, "{0}" of its lone fields (so that a plain formatter prints them), repeats
    // the fields already written: the one message left out, recognised by its shape, never by its text.
    // It skips MessageFormat too, the larger part of the line's cost.
    private static boolean isFieldsOnly(LogRecord record) {
        Object[] parameters = record.getParameters();
        return "{0}".equals(record.getMessage()) && record.getResourceBundle() == null
                && parameters != null && parameters.length == 1 && isLogFields(parameters[0]);
    }

    private String loggerName() {
        String name = loggerName;
        if (name == null) {
            name = configuredLoggerName();
            loggerName = name;
        }
        return name;
    }

    private static String configuredLoggerName() {
        try {
            return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue("dockerflow.logger-name", String.class).orElse(DEFAULT_LOGGER);
        } catch (RuntimeException | LinkageError e) {
            // No MicroProfile Config where the logging subsystem loads this class: the environment still works.
            String fromEnvironment = System.getenv("DOCKERFLOW_LOGGER_NAME");
            return fromEnvironment == null || fromEnvironment.isBlank() ? DEFAULT_LOGGER : fromEnvironment;
        }
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            String fromEnvironment = System.getenv("HOSTNAME");
            return fromEnvironment == null || fromEnvironment.isBlank() ? "localhost" : fromEnvironment;
        }
    }
}
