package dev.dockerflow.jakarta.internal.heartbeat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * The check executor of a server whose managed executor is small: one thread, and a queue for the
 * checks that wait for it. The library's own pool never queues.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class OneThreadCheckExecutor extends ReplacedCheckExecutor {

    @Override
    ExecutorService open() {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>());
    }
}
