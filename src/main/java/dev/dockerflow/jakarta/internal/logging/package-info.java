/**
 * {@code dockerflow.logging.stdout}: the library's {@link dev.dockerflow.jakarta.logging.MozlogHandler}
 * installed on request.summary, the library's and the application's loggers while the application runs.
 */
package dev.dockerflow.jakarta.internal.logging;
