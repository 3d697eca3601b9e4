package dev.dockerflow.jakarta.tck.deployment;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import dev.dockerflow.jakarta.heartbeat.HeartbeatFailed;
import dev.dockerflow.jakarta.heartbeat.HeartbeatPassed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;

/** Observes every heartbeat outcome, synchronously and asynchronously, and remembers what it saw. */
@ApplicationScoped
public class HeartbeatObservers {

    private final List<String> sync = new CopyOnWriteArrayList<>();
    private final List<String> async = new CopyOnWriteArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition asyncArrived = lock.newCondition();

    void passed(@Observes HeartbeatPassed event) {
        sync.add("passed " + event.level());
    }

    void failed(@Observes HeartbeatFailed event) {
        sync.add("failed " + event.level());
    }

    void passedAsync(@ObservesAsync HeartbeatPassed event) {
        arrived("passed " + event.level());
    }

    void failedAsync(@ObservesAsync HeartbeatFailed event) {
        arrived("failed " + event.level());
    }

    private void arrived(String seen) {
        lock.lock();
        try {
            async.add(seen);
            asyncArrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** {@return what the synchronous observers saw, in order} */
    public List<String> sync() {
        return List.copyOf(sync);
    }

    /**
     * Waits until the asynchronous observers have seen enough heartbeats, or the time is up.
     *
     * @param atLeast how many asynchronous observations to wait for
     * @param timeout how long to wait at most
     * @param unit the timeout's unit
     * @return what the asynchronous observers saw so far
     * @throws InterruptedException when interrupted while waiting
     */
    public List<String> awaitAsync(int atLeast, long timeout, TimeUnit unit) throws InterruptedException {
        long remaining = unit.toNanos(timeout);
        lock.lock();
        try {
            while (async.size() < atLeast && remaining > 0) {
                remaining = asyncArrived.awaitNanos(remaining);
            }
            return List.copyOf(async);
        } finally {
            lock.unlock();
        }
    }
}
