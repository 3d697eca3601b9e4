package dev.dockerflow.jakarta.internal.heartbeat;

import java.util.concurrent.ExecutorService;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * A check executor that a scenario deploys in place of the library's own pool (as a CDI alternative of
 * {@link CheckExecutor}), to show how checks fare on an executor that behaves like some managed ones.
 */
abstract class ReplacedCheckExecutor extends CheckExecutor {

    private ExecutorService executor;

    /** @return the executor to run checks on, shut down when the application stops */
    abstract ExecutorService open();

    @PostConstruct
    @Override
    void start() {
        executor = open();
    }

    @PreDestroy
    @Override
    void stop() {
        executor.shutdownNow();
    }

    @Override
    ExecutorService executor() {
        return executor;
    }
}
