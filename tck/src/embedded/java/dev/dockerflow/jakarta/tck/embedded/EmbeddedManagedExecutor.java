package dev.dockerflow.jakarta.tck.embedded;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.spi.ThreadContextProvider;
import jakarta.enterprise.concurrent.spi.ThreadContextRestorer;
import jakarta.enterprise.concurrent.spi.ThreadContextSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;

/**
 * The embedded runtime's managed executor, as a Jakarta Concurrency runtime provides one: each task runs
 * with its submitter's application class loader and with the context of every {@code ThreadContextProvider}
 * the application registers (all remaining context types propagated), captured as it is submitted. There
 * is no JNDI here, so it is a CDI bean named like the JNDI names the scenarios look up.
 */
@ApplicationScoped
public class EmbeddedManagedExecutor {

    private final ExecutorService pool = Executors.newCachedThreadPool();

    @Produces
    @Named("java:app/concurrent/DockerflowExecutor")
    Executor applicationExecutor() {
        return this::submit;
    }

    @Produces
    @Named("java:comp/DefaultManagedExecutorService")
    Executor defaultExecutor() {
        return this::submit;
    }

    private void submit(Runnable task) {
        ClassLoader application = Thread.currentThread().getContextClassLoader();
        List<ThreadContextSnapshot> snapshots = ServiceLoader.load(ThreadContextProvider.class, application).stream()
                .map(provider -> provider.get().currentContext(Map.of()))
                .toList();
        pool.execute(() -> {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(application);
            List<ThreadContextRestorer> restorers = snapshots.stream().map(ThreadContextSnapshot::begin).toList();
            try {
                task.run();
            } finally {
                for (int i = restorers.size() - 1; i >= 0; i--) {
                    restorers.get(i).endContext();
                }
                thread.setContextClassLoader(previous);
            }
        });
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
