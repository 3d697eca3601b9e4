package dev.dockerflow.jakarta.internal.checks.redis;

import dev.dockerflow.jakarta.testing.TimedHeartbeat;

/** The timeout the fault scenarios run under, and the bound a heartbeat must answer within. */
final class FaultTiming {

    /** {@code dockerflow.heartbeat.timeout} in the fault scenarios, so that the check's step timeout is 200 ms. */
    static final long TIMEOUT_MILLIS = 500;
    /** What answering "before the timeout" may take beyond it: the HTTP round trip, and a slow moment of the machine. */
    static final long MARGIN_MILLIS = 200;

    private FaultTiming() {
    }

    /** @param heartbeat a heartbeat during a fault: it must not have waited past the timeout plus the margin */
    static void answeredInTime(TimedHeartbeat heartbeat) {
        heartbeat.answeredWithin(TIMEOUT_MILLIS, MARGIN_MILLIS);
    }
}
