package dev.dockerflow.jakarta.heartbeat;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * A check executor that runs each task on the thread that submits it, as a managed executor whose
 * queue is full may (Open Liberty's {@code runIfQueueFull}): the heartbeat that starts the checks is
 * held by them.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class CallerRunsCheckExecutor extends CheckExecutor {

    private final ExecutorService onCaller = new AbstractExecutorService() {
        private volatile boolean shutdown;

        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown = true;
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return shutdown;
        }
    };

    @PostConstruct
    @Override
    void start() {
    }

    @PreDestroy
    @Override
    void stop() {
    }

    @Override
    ExecutorService executor() {
        return onCaller;
    }
}
