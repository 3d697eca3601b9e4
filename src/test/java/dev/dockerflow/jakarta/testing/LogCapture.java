package dev.dockerflow.jakarta.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Collects what one java.util.logging logger (and its children) records during each test. */
public final class LogCapture extends Handler implements BeforeEachCallback, AfterEachCallback {

    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final java.util.logging.Formatter mozlog = new dev.dockerflow.jakarta.logging.MozlogFormatter("test");
    private Level previous;

    private LogCapture(String name) {
        logger = Logger.getLogger(name);
        setLevel(Level.ALL);
    }

    /** @param name the logger to listen to @return the capture */
    public static LogCapture of(String name) {
        return new LogCapture(name);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        records.clear();
        lines.clear();
        previous = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(this);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        logger.removeHandler(this);
        logger.setLevel(previous);
    }

    /** @return the records so far, as the mozlog formatter wrote them when they were published */
    public List<String> mozlogLines() {
        return List.copyOf(lines);
    }

    /** @return the records so far */
    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    /**
     * Waits for a record, for what other threads log after the response.
     *
     * @param match what the record must satisfy
     * @param seconds how long to wait at most
     * @return whether such a record arrived in time
     */
    public synchronized boolean awaitRecord(java.util.function.Predicate<LogRecord> match, long seconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(seconds);
        while (records.stream().noneMatch(match)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    /**
     * Waits for a record at a level that carries an exception with a message: the record's own, one of
     * its causes, or one suppressed by them (CDI reports asynchronous observers' failures so).
     *
     * @param level the record's level
     * @param message the exception's message
     * @param seconds how long to wait at most
     * @return whether such a record arrived in time
     */
    public boolean awaitThrown(Level level, String message, long seconds) throws InterruptedException {
        return awaitRecord(record -> record.getLevel().equals(level) && carries(record.getThrown(), message), seconds);
    }

    private static boolean carries(Throwable thrown, String message) {
        if (thrown == null) {
            return false;
        }
        if (message.equals(thrown.getMessage()) || carries(thrown.getCause(), message)) {
            return true;
        }
        for (Throwable suppressed : thrown.getSuppressed()) {
            if (carries(suppressed, message)) {
                return true;
            }
        }
        return false;
    }

    /** @return the records at the level given, their messages formatted */
    public List<String> messages(Level level) {
        return records.stream().filter(r -> r.getLevel().equals(level)).map(LogCapture::format).toList();
    }

    /** @return a record's message with its parameters filled in */
    public static String format(LogRecord record) {
        return new java.util.logging.SimpleFormatter().formatMessage(record);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        // Formatted as it is published, on the logging thread, as a real handler does (the request id is per thread).
        lines.add(mozlog.format(record));
        records.add(record);
        notifyAll();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
