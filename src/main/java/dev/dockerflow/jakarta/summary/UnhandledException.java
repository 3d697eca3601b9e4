package dev.dockerflow.jakarta.summary;

/**
 * The entity of the 500 response that {@link UnhandledExceptionMapper} makes of an exception nothing
 * else mapped. It carries the exception to request.summary, and {@link UnhandledExceptionWriter}
 * writes it as a plain {@value #BODY}, revealing nothing of the exception.
 *
 * @param exception what the application threw
 */
public record UnhandledException(Throwable exception) {

    /** The whole body the client gets. */
    public static final String BODY = "Internal Server Error";
}
