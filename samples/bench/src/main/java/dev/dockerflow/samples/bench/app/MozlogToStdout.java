package dev.dockerflow.samples.bench.app;

import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Logger;

import dev.dockerflow.jakarta.logging.MozlogHandler;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * Writes request.summary and the library's own records to standard output as mozlog lines, as the
 * notes sample does, so that the measured variant pays for formatting and writing one line per request
 * just as a deployed service does. The benchmark sends that stdout to a file. Both variants install it;
 * without the feature nothing logs on request.summary, so the baseline writes nothing.
 */
@ApplicationScoped
public class MozlogToStdout {

    /** request.summary, and the library's loggers (heartbeat warnings, a check's slow run). */
    static final List<String> LOGGERS = List.of("request.summary", "dockerflow");

    // java.util.logging holds loggers weakly: keep them, or one could come back without the handler
    private List<Logger> loggers = List.of();
    private Handler handler;

    synchronized void install(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE)
                              @Initialized(ApplicationScoped.class) Object started) {
        handler = new MozlogHandler();
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
}
