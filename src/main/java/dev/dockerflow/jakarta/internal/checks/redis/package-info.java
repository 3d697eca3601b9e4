/**
 * The built-in heartbeat check {@code redis}: PING must come back PONG, through the application's
 * {@link dev.dockerflow.jakarta.heartbeat.RedisPing} bean, or over a connection of the check's own to
 * {@code dockerflow.redis.url} that speaks the protocol itself over a JDK socket: no client library is needed.
 */
package dev.dockerflow.jakarta.internal.checks.redis;
