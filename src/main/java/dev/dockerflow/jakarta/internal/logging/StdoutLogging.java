package dev.dockerflow.jakarta.internal.logging;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.dockerflow.jakarta.internal.config.DockerflowConfig;
import dev.dockerflow.jakarta.internal.summary.RequestSummaryFilter;
import dev.dockerflow.jakarta.logging.MozlogFormatter;
import dev.dockerflow.jakarta.logging.MozlogHandler;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * With {@code dockerflow.logging.stdout=true}, installs one {@link MozlogHandler} on request.summary, the
 * library's loggers and those in {@code dockerflow.logging.loggers} as the application starts, in place
 * of their parents' handlers (the server's console), and takes off exactly that as it stops, so that a
 * redeployed application finds the loggers as they were: no handler of the old class loader, no line
 * written twice.
 */
@ApplicationScoped
class StdoutLogging {

    /** The loggers the library itself writes to; {@code dockerflow} is the parent of all of its others. */
    static final List<String> LIBRARY_LOGGERS = List.of(RequestSummaryFilter.LOGGER, "dockerflow");

    /** Where the handler writes. The tests' own standard output is their runner's channel, so they replace it. */
    static volatile Supplier<OutputStream> stdout = () -> new FileOutputStream(FileDescriptor.out);

    /** What installing changed on one logger, to put back. The logger is held strongly: java.util.logging
     * holds loggers weakly, and one collected while installed would come back without the handler. */
    private record Installed(Logger logger, boolean useParentHandlers, Level level, boolean levelChanged) {
    }

    private final List<Installed> installed = new ArrayList<>();
    private MozlogHandler handler;

    // After the library's start-up checks and the application's own start-up observers (default priority):
    // a deployment that one of them fails must not leave a handler behind, and no event says it failed.
    synchronized void install(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER)
                              @Initialized(ApplicationScoped.class) Object started, DockerflowConfig config) {
        if (!config.loggingStdout() || handler != null) {
            return;
        }
        handler = new MozlogHandler(stdout.get());
        handler.setFormatter(new MozlogFormatter(config.loggerName()));
        Level level = config.loggingLevel();
        handler.setLevel(level);
        Set<String> names = new LinkedHashSet<>(LIBRARY_LOGGERS);
        names.addAll(config.loggingLoggers());
        for (String name : names) {
            Logger logger = Logger.getLogger(name);
            // Lowered only when the logger would drop records at the handler's level; never raised.
            boolean lower = !logger.isLoggable(level);
            installed.add(new Installed(logger, logger.getUseParentHandlers(), logger.getLevel(), lower));
            if (lower) {
                logger.setLevel(level);
            }
            logger.addHandler(handler);
            logger.setUseParentHandlers(false);
        }
    }

    // After other observers, so that what they log as the application stops still goes to stdout.
    synchronized void remove(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 1000)
                             @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        uninstall();
    }

    /** Where a runtime destroys the context without the event. */
    @PreDestroy
    synchronized void uninstall() {
        for (Installed each : installed) {
            each.logger().removeHandler(handler);
            each.logger().setUseParentHandlers(each.useParentHandlers());
            if (each.levelChanged()) {
                each.logger().setLevel(each.level());
            }
        }
        installed.clear();
        if (handler != null) {
            handler.close();
            handler = null;
        }
    }
}
