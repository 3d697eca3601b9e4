package dev.dockerflow.jakarta.tck.deployment;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import dev.dockerflow.jakarta.logging.MozlogFormatter;
import dev.dockerflow.jakarta.logging.MozlogHandler;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * The README's way to mozlog lines on stdout where the runtime reads no {@code logging.properties}
 * (Quarkus' JBoss LogManager): a startup bean installs the library's {@link MozlogHandler} on
 * request.summary and the application's loggers, in place of their parents' handlers. Its formatter is
 * the library's, keeping a copy of each line it formats, which is the line the handler writes, so that
 * the scenario can read them back.
 */
@ApplicationScoped
public class MozlogToStdout {

    static final List<String> LOGGERS = List.of("request.summary", SummaryRecorder.APPLICATION);

    private final List<String> written = new CopyOnWriteArrayList<>();
    // java.util.logging holds loggers weakly: keep them, or one could come back without the handler
    private List<Logger> loggers = List.of();
    private Handler handler;

    synchronized void install(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE)
                              @Initialized(ApplicationScoped.class) Object started) {
        handler = new MozlogHandler();
        handler.setFormatter(new MozlogFormatter() {
            @Override
            public String format(LogRecord record) {
                String line = super.format(record);
                written.add(line.strip());
                return line;
            }
        });
        loggers = LOGGERS.stream().map(Logger::getLogger).toList();
        for (Logger logger : loggers) {
            logger.addHandler(handler);
            logger.setUseParentHandlers(false);
        }
    }

    synchronized void remove(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        for (Logger logger : loggers) {
            logger.removeHandler(handler);
            logger.setUseParentHandlers(true);
        }
        if (handler != null) {
            handler.close();
        }
        loggers = List.of();
    }

    /** {@return the lines the handler has written to stdout so far, oldest first} */
    public List<String> lines() {
        return List.copyOf(written);
    }
}
