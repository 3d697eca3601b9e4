package dev.dockerflow.jakarta.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.dockerflow.jakarta.logging.MozlogFormatter;

/**
 * The cost of turning one record into one line: {@link MozlogFormatter} on a request.summary record and on
 * an application record with a traceback, and the JDK's {@link SimpleFormatter} on the same records as the
 * peer measured in the same run.
 *
 * <p>Each record is built once per trial and reused: {@code format} does not change a record, and building
 * one per invocation would measure record creation (or, with an invocation-level setup, JMH's own
 * overhead) rather than the formatter. No request id is bound to the benchmark thread, as on a thread
 * outside a request.
 *
 * <p>Run with {@code ./mvnw -Pbench -DskipTests verify}; see docs/performance.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MozlogFormatterBenchmark {

    private Formatter mozlog;
    private Formatter simple;
    private LogRecord requestSummary;
    private LogRecord applicationError;

    @Setup
    public void setUp() {
        mozlog = new MozlogFormatter("app");
        simple = new SimpleFormatter();

        requestSummary = RequestSummary.logRecord();

        applicationError = new LogRecord(Level.SEVERE, "note {0} could not be saved");
        applicationError.setLoggerName("org.example.notes.NoteResource");
        applicationError.setParameters(new Object[] {42});
        applicationError.setThrown(failure());
    }

    /** An exception with a cause and fixed stack traces (20 and 8 frames), so that every run formats the same. */
    private static Throwable failure() {
        IOException cause = new IOException("Connection reset by peer");
        cause.setStackTrace(frames(
                "sun.nio.ch.SocketDispatcher", "read0",
                "sun.nio.ch.SocketDispatcher", "read",
                "sun.nio.ch.NioSocketImpl", "tryRead",
                "sun.nio.ch.NioSocketImpl", "implRead",
                "sun.nio.ch.NioSocketImpl", "read",
                "org.example.db.PgStream", "receiveChar",
                "org.example.db.QueryExecutor", "processResults",
                "org.example.db.QueryExecutor", "execute"));
        IllegalStateException error = new IllegalStateException("note 42 could not be saved", cause);
        error.setStackTrace(frames(
                "org.example.notes.NoteStore", "save",
                "org.example.notes.NoteService", "update",
                "org.example.notes.NoteResource", "put",
                "jdk.internal.reflect.NativeMethodAccessorImpl", "invoke0",
                "jdk.internal.reflect.NativeMethodAccessorImpl", "invoke",
                "jdk.internal.reflect.DelegatingMethodAccessorImpl", "invoke",
                "java.lang.reflect.Method", "invoke",
                "org.glassfish.jersey.server.model.internal.ResourceMethodInvocationHandlerFactory", "lambda$static$0",
                "org.glassfish.jersey.server.model.internal.AbstractJavaResourceMethodDispatcher$1", "run",
                "org.glassfish.jersey.server.model.internal.AbstractJavaResourceMethodDispatcher", "invoke",
                "org.glassfish.jersey.server.model.internal.JavaResourceMethodDispatcherProvider$TypeOutInvoker", "doDispatch",
                "org.glassfish.jersey.server.model.ResourceMethodInvoker", "invoke",
                "org.glassfish.jersey.server.model.ResourceMethodInvoker", "apply",
                "org.glassfish.jersey.server.ServerRuntime$1", "run",
                "org.glassfish.jersey.internal.Errors", "process",
                "org.glassfish.jersey.process.internal.RequestScope", "runInScope",
                "org.glassfish.jersey.server.ServerRuntime", "process",
                "org.glassfish.jersey.server.ApplicationHandler", "handle",
                "java.util.concurrent.ThreadPoolExecutor$Worker", "run",
                "java.lang.Thread", "run"));
        return error;
    }

    private static StackTraceElement[] frames(String... classAndMethod) {
        StackTraceElement[] frames = new StackTraceElement[classAndMethod.length / 2];
        for (int i = 0; i < frames.length; i++) {
            String className = classAndMethod[2 * i];
            String file = className.substring(className.lastIndexOf('.') + 1).replaceFirst("\\$.*", "") + ".java";
            frames[i] = new StackTraceElement(className, classAndMethod[2 * i + 1], file, 40 + 7 * i);
        }
        return frames;
    }

    /** A request.summary line: eight structured fields, no message, no throwable. */
    @Benchmark
    public String mozlogRequestSummary() {
        return mozlog.format(requestSummary);
    }

    /** An application line: a message with one {@code {0}} parameter and a two-level traceback. */
    @Benchmark
    public String mozlogApplicationError() {
        return mozlog.format(applicationError);
    }

    /** Baseline: the JDK's SimpleFormatter on the same request.summary record (it writes no fields). */
    @Benchmark
    public String simpleRequestSummary() {
        return simple.format(requestSummary);
    }

    /** Baseline: the JDK's SimpleFormatter on the same application record (message and stack trace). */
    @Benchmark
    public String simpleApplicationError() {
        return simple.format(applicationError);
    }
}
