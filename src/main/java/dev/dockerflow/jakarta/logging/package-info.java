/**
 * Logging in mozlog JSON, for {@code java.util.logging}. {@link MozlogHandler} writes one line per record to
 * standard output, {@link MozlogFormatter} formats records for any handler, {@link LogFields} carries a record's own
 * fields and {@link DockerflowLevels} the level above {@code SEVERE}. {@link RequestId} gives the id of the
 * request the current thread serves.
 */
package dev.dockerflow.jakarta.logging;
