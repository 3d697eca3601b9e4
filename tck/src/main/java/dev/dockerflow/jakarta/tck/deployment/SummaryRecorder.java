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
 * Keeps, as mozlog lines, the records the library logs on {@code request.summary} while the
 * application runs: a handler of its own beside whatever the runtime's logging does with them.
 */
@ApplicationScoped
public class SummaryRecorder {

    private static final Logger SUMMARY = Logger.getLogger("request.summary");

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        private final MozlogFormatter formatter = new MozlogFormatter();

        @Override
        public void publish(LogRecord record) {
            lines.add(formatter.format(record).strip());
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
    }

    @PreDestroy
    void stop() {
        SUMMARY.removeHandler(handler);
    }

    /** @return the lines so far */
    public List<String> lines() {
        return List.copyOf(lines);
    }
}
