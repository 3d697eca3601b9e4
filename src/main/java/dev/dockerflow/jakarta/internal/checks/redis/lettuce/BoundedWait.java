package dev.dockerflow.jakarta.internal.checks.redis.lettuce;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for a Lettuce future that Lettuce itself bounds, to the end, even when interrupted. The heartbeat interrupts a
 * check at its deadline, and a heartbeat that comes meanwhile shares that same run: giving up at the interruption would
 * hand it a bare time-out, while a few more milliseconds give it what Redis did. The wait is short by construction, so
 * finishing it holds no thread for long. Not API.
 */
final class BoundedWait {

    private BoundedWait() {
    }

    /**
     * @param future what to wait for
     * @param millis how long at most
     * @param <T> the result type
     * @return the result
     * @throws ExecutionException when the future failed
     * @throws TimeoutException when it did not complete in time
     */
    static <T> T get(Future<T> future, long millis) throws ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
