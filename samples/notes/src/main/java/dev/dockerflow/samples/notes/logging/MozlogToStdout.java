package dev.dockerflow.samples.notes.logging;

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
 * Sends the service's log records to standard output as mozlog lines, and only there.
 *
 * <p>An application server configures logging for the whole server, before any application is
 * deployed, so its configuration cannot name a handler that lives in the WAR (Payara Micro, Open
 * Liberty), or needs a file per deployment (WildFly). Installing the library's {@link MozlogHandler}
 * from the application works the same on every runtime: on request.summary, the library's
 * {@code dockerflow} loggers and the service's own, which then no longer go to the server's console
 * as well. It is removed when the application stops, so that a redeployment does not leave a handler
 * of the old class loader behind.
 */
@ApplicationScoped
public class MozlogToStdout {

    /** The loggers whose records are the service's: request.summary, the library, the service. */
    static final List<String> LOGGERS = List.of("request.summary", "dockerflow", "dev.dockerflow.samples");

    // Held here because java.util.logging keeps loggers only weakly: a configured logger
    // nobody references could be collected and come back without its handler.
    private List<Logger> loggers = List.of();
    private Handler handler;

    // Before the application's own start-up observers, so that what they log is mozlog too
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
