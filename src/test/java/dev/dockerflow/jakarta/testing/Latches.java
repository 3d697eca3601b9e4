package dev.dockerflow.jakarta.testing;

import java.util.concurrent.CountDownLatch;

/** Waiting on a latch the way a hung driver call waits: deaf to interruption. */
public final class Latches {

    private Latches() {
    }

    /**
     * Waits until the latch is down, whatever interrupts come meanwhile; the thread's interrupt status is
     * set again before returning if one came.
     *
     * @param latch the latch
     */
    public static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (latch.getCount() > 0) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
