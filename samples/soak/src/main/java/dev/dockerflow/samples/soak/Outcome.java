package dev.dockerflow.samples.soak;

/**
 * What one request of the load got.
 *
 * @param path        the path asked for, without the leading slash
 * @param status      the HTTP status, or 0 when no response came
 * @param startNanos  when it was sent ({@link System#nanoTime()})
 * @param endNanos    when its response had been read
 * @param requestId   the {@code X-Request-ID} it carried
 * @param failure     why no response came, or null
 */
record Outcome(String path, int status, long startNanos, long endNanos, String requestId, String failure) {

    /** @return how long it took, in milliseconds */
    double millis() {
        return (endNanos - startNanos) / 1e6;
    }

    /** @return whether a response came */
    boolean answered() {
        return status > 0;
    }
}
