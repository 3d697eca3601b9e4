package dev.dockerflow.jakarta.tck.deployment;

import java.util.concurrent.CountDownLatch;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where the {@link GatedCheck}s wait until the scenario opens it (through {@link TckResource}). It also
 * opens when the application stops, so that undeploying leaves no thread behind on a shared server.
 */
@ApplicationScoped
public class Gate {

    private final CountDownLatch open = new CountDownLatch(1);

    /** Waits until the gate is open, ignoring interruption like a driver stuck in a socket read. */
    public void pass() {
        boolean interrupted = false;
        while (open.getCount() > 0) {
            try {
                open.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lets every check waiting at the gate, and every later one, through. */
    @PreDestroy
    public void open() {
        open.countDown();
    }
}
