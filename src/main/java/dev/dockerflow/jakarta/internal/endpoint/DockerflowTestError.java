package dev.dockerflow.jakarta.internal.endpoint;

/**
 * Raised on purpose by {@code /__error__} (enabled by {@code dockerflow.error-endpoint=true}) so that
 * operators can check that an unhandled exception reaches their error reporting.
 */
public class DockerflowTestError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the error with a message saying it is deliberate. */
    public DockerflowTestError() {
        super("The __error__ endpoint raised this error on purpose to test error reporting");
    }
}
