package dev.dockerflow.jakarta.heartbeat;

import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * A check executor whose first {@code submit} throws an {@link IllegalStateException}, as a managed
 * executor may while its application stops, and which runs tasks normally afterwards.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class FirstSubmitFailsCheckExecutor extends CheckExecutor {

    private final AtomicBoolean failed = new AtomicBoolean();
    private ExecutorService pool;
    private ExecutorService failingOnce;

    @PostConstruct
    @Override
    void start() {
        pool = Executors.newCachedThreadPool();
        failingOnce = new AbstractExecutorService() {
            @Override
            public void execute(Runnable command) {
                if (failed.compareAndSet(false, true)) {
                    throw new IllegalStateException("the executor is not available");
                }
                pool.execute(command);
            }

            @Override
            public void shutdown() {
                pool.shutdown();
            }

            @Override
            public java.util.List<Runnable> shutdownNow() {
                return pool.shutdownNow();
            }

            @Override
            public boolean isShutdown() {
                return pool.isShutdown();
            }

            @Override
            public boolean isTerminated() {
                return pool.isTerminated();
            }

            @Override
            public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
                return pool.awaitTermination(timeout, unit);
            }
        };
    }

    @PreDestroy
    @Override
    void stop() {
        pool.shutdownNow();
    }

    @Override
    ExecutorService executor() {
        return failingOnce;
    }
}
