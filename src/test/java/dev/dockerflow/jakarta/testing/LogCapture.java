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
        previous = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(this);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        logger.removeHandler(this);
        logger.setLevel(previous);
    }

    /** @return the records so far */
    public List<LogRecord> records() {
        return List.copyOf(records);
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
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
