package dev.dockerflow.samples.bench.driver;

/**
 * A benchmark that could not produce a trustworthy figure: a server that did not start, a response
 * that was not what the case expects, a load run with errors. The driver stops at the first one
 * rather than print a ratio of something else.
 */
final class BenchFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BenchFailure(String message) {
        super(message);
    }

    BenchFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
