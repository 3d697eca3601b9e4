package dev.dockerflow.jakarta.internal.heartbeat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

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
public class CallerRunsCheckExecutor extends ReplacedCheckExecutor {

    @Override
    ExecutorService open() {
        return new ThreadPoolExecutor(0, 1, 0, TimeUnit.MILLISECONDS, new SynchronousQueue<>()) {
            @Override
            public void execute(Runnable command) {
                command.run();
            }
        };
    }
}
