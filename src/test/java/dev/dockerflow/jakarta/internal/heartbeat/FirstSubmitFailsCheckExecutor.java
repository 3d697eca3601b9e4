package dev.dockerflow.jakarta.internal.heartbeat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

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
public class FirstSubmitFailsCheckExecutor extends ReplacedCheckExecutor {

    @Override
    ExecutorService open() {
        AtomicBoolean failed = new AtomicBoolean();
        return new ThreadPoolExecutor(0, 8, 30, TimeUnit.SECONDS, new SynchronousQueue<>()) {
            @Override
            public void execute(Runnable command) {
                if (failed.compareAndSet(false, true)) {
                    throw new IllegalStateException("the executor is not available");
                }
                super.execute(command);
            }
        };
    }
}
