package dev.dockerflow.jakarta.bench;

import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.LogRecord;
import java.util.logging.StreamHandler;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import net.logstash.logback.argument.StructuredArguments;
import net.logstash.logback.encoder.LogstashEncoder;
import net.logstash.logback.marker.Markers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import dev.dockerflow.jakarta.logging.MozlogFormatter;

/**
 * The same request.summary record encoded three ways, side by side in one run: {@link MozlogFormatter}
 * (a java.util.logging formatter, which returns a String), logstash-logback-encoder's
 * {@link LogstashEncoder} (the usual JSON encoder of logback, which returns UTF-8 bytes) and plain JSON-B
 * (Yasson) serialising the mozlog envelope as a {@code Map}. This is the check of the target:
 * at least logstash-logback-encoder's throughput, and no more allocation.
 *
 * <p>A String is not yet what an appender writes, so each String-producing variant is measured twice: as
 * it is, and encoded to UTF-8 bytes, which compares like for like with the encoder's {@code byte[]}. Ours
 * is also measured through a java.util.logging {@link StreamHandler}, the way {@code MozlogHandler}
 * writes it, since that is where its String becomes bytes.
 *
 * <p>As in {@link MozlogFormatterBenchmark}, each input is built once per trial and reused: the JUL record,
 * the two logback events (the fields as one {@link Markers#appendEntries} marker, and as eight
 * {@link StructuredArguments#kv} arguments, in a logger context set up as SLF4J sets up logback's, with
 * an empty MDC and no configuration) and the JSON-B map. Set-up checks that every variant writes
 * every field, and that JSON-B's line equals the mozlog formatter's, so the variants encode the same data.
 *
 * <p>Run with {@code ./mvnw -Pbench -DskipTests verify}; see docs/performance.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RequestSummaryEncodingBenchmark {

    private static final String APPLICATION = "app";
    /**
     * The encoder writes the thread's name: a server's request thread, not JMH's worker, whose name of some
     * 90 characters would lengthen the line by 70 bytes.
     */
    private static final String THREAD_NAME = "http-nio-8080-exec-1";

    private MozlogFormatter mozlog;
    private LogRecord record;
    private StreamHandler mozlogHandler;

    private LoggerContext logbackContext;
    private LogstashEncoder logstash;
    private LoggingEvent eventWithMarker;
    private LoggingEvent eventWithArguments;

    private Jsonb jsonb;
    private Map<String, Object> envelope;

    @Setup
    public void setUp() {
        mozlog = new MozlogFormatter(APPLICATION);
        record = RequestSummary.logRecord();
        mozlogHandler = new StreamHandler(OutputStream.nullOutputStream(), mozlog);
        try {
            mozlogHandler.setEncoding("UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }

        logbackContext = new LoggerContext();
        logbackContext.setName(APPLICATION);
        logbackContext.setMDCAdapter(new LogbackMDCAdapter());
        logbackContext.start();
        logstash = new LogstashEncoder();
        logstash.setContext(logbackContext);
        logstash.start();
        Logger logger = logbackContext.getLogger(RequestSummary.LOGGER_NAME);
        eventWithMarker = new LoggingEvent(Logger.class.getName(), logger, ch.qos.logback.classic.Level.INFO, "",
                null, null);
        eventWithMarker.addMarker(Markers.appendEntries(RequestSummary.fields()));
        eventWithMarker.setThreadName(THREAD_NAME);
        eventWithArguments = new LoggingEvent(Logger.class.getName(), logger, ch.qos.logback.classic.Level.INFO, "",
                null, RequestSummary.fields().entrySet().stream()
                        .map(field -> StructuredArguments.kv(field.getKey(), field.getValue())).toArray());
        eventWithArguments.setThreadName(THREAD_NAME);

        jsonb = JsonbBuilder.create();
        String mozlogLine = mozlog.format(record);
        // The host name as the formatter found it, so that both lines must be the same
        envelope = envelope(record, (String) jsonb.fromJson(mozlogLine, Map.class).get("Hostname"));

        expectFields("mozlog formatter", mozlogLine);
        expectFields("LogstashEncoder with a marker", new String(logstash.encode(eventWithMarker), StandardCharsets.UTF_8));
        expectFields("LogstashEncoder with arguments",
                new String(logstash.encode(eventWithArguments), StandardCharsets.UTF_8));
        String jsonbLine = jsonb.toJson(envelope) + "\n";
        if (!jsonbLine.equals(mozlogLine)) {
            throw new IllegalStateException("JSON-B and the mozlog formatter encode different data:\n" + jsonbLine
                    + mozlogLine);
        }
    }

    @TearDown
    public void tearDown() throws Exception {
        mozlogHandler.close();
        logstash.stop();
        logbackContext.stop();
        jsonb.close();
    }

    /** The mozlog envelope of the record, as a formatter built on JSON-B would hand it over. */
    private static Map<String, Object> envelope(LogRecord record, String hostname) {
        Instant instant = record.getInstant();
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("Timestamp", instant.getEpochSecond() * 1_000_000_000L + instant.getNano());
        envelope.put("Type", record.getLoggerName());
        envelope.put("Logger", APPLICATION);
        envelope.put("Hostname", hostname);
        envelope.put("EnvVersion", "2.0");
        envelope.put("Severity", MozlogFormatter.severity(record.getLevel()));
        envelope.put("Pid", ProcessHandle.current().pid());
        envelope.put("Fields", RequestSummary.fields());
        return envelope;
    }

    private static void expectFields(String variant, String line) {
        for (Map.Entry<String, Object> field : RequestSummary.fields().entrySet()) {
            Object value = field.getValue();
            String expected = "\"" + field.getKey() + "\":" + (value instanceof String ? "\"" + value + "\"" : value);
            if (!line.contains(expected)) {
                throw new IllegalStateException(variant + " does not write " + expected + ": " + line);
            }
        }
        if (!line.contains("\"" + RequestSummary.LOGGER_NAME + "\"")) {
            throw new IllegalStateException(variant + " does not write the logger name: " + line);
        }
    }

    /** Ours, as the formatter returns it: a String. */
    @Benchmark
    public String mozlogString() {
        return mozlog.format(record);
    }

    /** Ours, encoded to UTF-8 as a handler writes it: bytes, like for like with the encoder. */
    @Benchmark
    public byte[] mozlogUtf8() {
        return mozlog.format(record).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Ours as {@code MozlogHandler} writes it: a UTF-8 {@link StreamHandler} (here on a stream that drops
     * the bytes) formats the record, encodes the line and is flushed after each record.
     */
    @Benchmark
    public void mozlogStreamHandler() {
        mozlogHandler.publish(record);
        mozlogHandler.flush();
    }

    /** logstash-logback-encoder, the fields as one {@code Markers.appendEntries(map)} marker: bytes. */
    @Benchmark
    public byte[] logstashMarker() {
        return logstash.encode(eventWithMarker);
    }

    /** logstash-logback-encoder, the fields as eight {@code StructuredArguments.kv} arguments: bytes. */
    @Benchmark
    public byte[] logstashArguments() {
        return logstash.encode(eventWithArguments);
    }

    /** JSON-B (Yasson) on the mozlog envelope as a {@code Map}, built once: a String. */
    @Benchmark
    public String jsonbString() {
        return jsonb.toJson(envelope);
    }

    /** JSON-B (Yasson) on the same map, encoded to UTF-8: bytes. */
    @Benchmark
    public byte[] jsonbUtf8() {
        return jsonb.toJson(envelope).getBytes(StandardCharsets.UTF_8);
    }
}
