/**
 * The built-in heartbeat check {@code redis}: PING must come back PONG, over the application's own Jedis or Lettuce
 * client bean, or over a client the check makes from {@code dockerflow.redis.url}. Neither library is required: the
 * code that uses one lives in {@code .jedis} or {@code .lettuce}, loaded by name only when the library is there, and
 * nothing in this package mentions a client type.
 */
package dev.dockerflow.jakarta.internal.checks.redis;
