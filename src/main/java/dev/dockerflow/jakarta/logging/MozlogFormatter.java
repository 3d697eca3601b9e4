package dev.dockerflow.jakarta.logging;

import java.net.InetAddress;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;

import dev.dockerflow.jakarta.requestid.RequestId;

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
 * message, unless it is empty or itself a JSON object text; {@code error} and {@code traceback} when
 * a throwable is attached; {@code rid}, the current {@link RequestId}, unless a field already has that
 * name. Left out when there is nothing to put in it.</li>
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

    private volatile String loggerName;

    /** A formatter configured from {@code logging.properties}, MicroProfile Config or the environment. */
    public MozlogFormatter() {
        loggerName = LogManager.getLogManager().getProperty(MozlogFormatter.class.getName() + ".logger");
    }

    /** @param loggerName the mozlog {@code Logger} field */
    public MozlogFormatter(String loggerName) {
        this.loggerName = loggerName;
    }

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder(256);
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
        Map<String, Object> fields = fields(record);
        if (!fields.isEmpty()) {
            line.append(",\"Fields\":{");
            boolean first = true;
            for (Map.Entry<String, Object> field : fields.entrySet()) {
                if (!first) {
                    line.append(',');
                }
                first = false;
                JsonText.string(line, field.getKey());
                line.append(':');
                JsonText.fieldValue(line, field.getValue());
            }
            line.append('}');
        }
        return line.append("}\n").toString();
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

    private Map<String, Object> fields(LogRecord record) {
        Map<String, Object> fields = new LinkedHashMap<>();
        Object[] parameters = record.getParameters();
        if (parameters != null) {
            for (Object parameter : parameters) {
                if (isLogFields(parameter)) {
                    ((Map<?, ?>) parameter).forEach((name, value) -> {
                        if (value != null) {
                            fields.put(String.valueOf(name), value);
                        }
                    });
                }
            }
        }
        String message = message(record);
        if (!message.isEmpty() && !isJsonObjectText(message)) {
            fields.put("msg", message);
        }
        Throwable thrown = record.getThrown();
        if (thrown != null) {
            fields.put("error", Traceback.summary(thrown));
            fields.put("traceback", Traceback.of(thrown));
        }
        if (!fields.containsKey("rid")) {
            RequestId.current().ifPresent(rid -> fields.put("rid", rid));
        }
        return fields;
    }

    /**
     * {@link LogFields} from this copy of the library or from another application's: a formatter in a
     * server's logging sees the records of every application, each loading its own copy.
     */
    private static boolean isLogFields(Object parameter) {
        return parameter instanceof Map<?, ?> && LogFields.class.getName().equals(parameter.getClass().getName());
    }

    private String message(LogRecord record) {
        if (record.getMessage() == null) {
            return "";
        }
        try {
            return formatMessage(record);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // A parameter whose toString() throws: keep the unformatted message.
            return record.getMessage();
        }
    }

    private static boolean isJsonObjectText(String message) {
        String text = message.strip();
        return text.startsWith("{") && text.endsWith("}");
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
