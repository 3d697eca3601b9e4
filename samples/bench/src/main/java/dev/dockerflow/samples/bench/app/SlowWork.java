package dev.dockerflow.samples.bench.app;

/**
 * What every benchmark check does: waits {@value #MILLIS} ms, standing for a call to a backing service
 * that takes that long. Sleeping rather than computing keeps the check off the CPU, so that the
 * heartbeat's wall time shows how the checks are scheduled, not how busy the machine is.
 */
final class SlowWork {

    /** How long each check takes. */
    static final long MILLIS = 200;

    private SlowWork() {
    }

    /**
     * Waits {@value #MILLIS} ms.
     *
     * @throws InterruptedException when the heartbeat gives up on the check
     */
    static void run() throws InterruptedException {
        Thread.sleep(MILLIS);
    }
}
