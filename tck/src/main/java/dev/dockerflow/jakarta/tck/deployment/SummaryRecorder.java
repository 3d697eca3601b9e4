package dev.dockerflow.jakarta.tck.deployment;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import dev.dockerflow.jakarta.logging.MozlogFormatter;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/**
 * Keeps, as mozlog lines formatted as they are published (on the logging thread, as a handler of the
 * runtime does), the records the library logs on {@code request.summary} and those the deployment's
 * own beans log on {@value #APPLICATION} while the application runs: a handler of its own beside
 * whatever the runtime's logging does with them.
 */
@ApplicationScoped
public class SummaryRecorder {

    /** The logger the deployment's own beans log on. */
    public static final String APPLICATION = "tck.application";

    private static final Logger SUMMARY = Logger.getLogger("request.summary");
    private static final Logger APPLICATION_LOG = Logger.getLogger(APPLICATION);

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final List<String> applicationLines = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        private final MozlogFormatter formatter = new MozlogFormatter();

        @Override
        public void publish(LogRecord record) {
            String line = formatter.format(record).strip();
            (APPLICATION.equals(record.getLoggerName()) ? applicationLines : lines).add(line);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        handler.setLevel(Level.ALL);
        SUMMARY.addHandler(handler);
        APPLICATION_LOG.addHandler(handler);
    }

    @PreDestroy
    void stop() {
        SUMMARY.removeHandler(handler);
        APPLICATION_LOG.removeHandler(handler);
    }

    /** {@return the request.summary lines so far} */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** {@return the lines of the deployment's own beans so far} */
    public List<String> applicationLines() {
        return List.copyOf(applicationLines);
    }
}
