package dev.dockerflow.jakarta.internal.heartbeat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The threads checks run on. On an application server that is the platform's default managed
 * executor, so checks see the application's naming context (a check can look up
 * {@code java:comp/DefaultDataSource}); elsewhere a small bounded pool of daemon threads.
 */
@ApplicationScoped
public class CheckExecutor {

    /** The platform's default managed executor (Jakarta Concurrency). */
    static final String MANAGED_EXECUTOR = "java:comp/DefaultManagedExecutorService";
    /** Upper bound of the fallback pool; each check holds at most one thread at a time. */
    static final int MAX_THREADS = 64;

    private static final Logger LOG = Logger.getLogger("dockerflow.heartbeat");

    private ExecutorService executor;
    private boolean owned;

    @PostConstruct
    void start() {
        try {
            executor = InitialContext.doLookup(MANAGED_EXECUTOR);
            LOG.fine(() -> "Dockerflow checks run on " + MANAGED_EXECUTOR);
        } catch (NamingException | RuntimeException e) {
            executor = new ThreadPoolExecutor(0, MAX_THREADS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                    new CheckThreadFactory());
            owned = true;
            LOG.log(Level.FINE, "No managed executor at {0}; Dockerflow checks run on their own pool of at most {1} threads",
                    new Object[] {MANAGED_EXECUTOR, MAX_THREADS});
        }
    }

    @PreDestroy
    void stop() {
        if (owned) {
            executor.shutdownNow();
        }
    }

    /** @return the executor to submit checks to */
    ExecutorService executor() {
        return executor;
    }

    private static final class CheckThreadFactory implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "dockerflow-check-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
