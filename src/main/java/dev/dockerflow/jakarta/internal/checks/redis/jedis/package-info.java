/** The {@code redis} check's use of Jedis, loaded only when Jedis is on the class path. Not API. */
package dev.dockerflow.jakarta.internal.checks.redis.jedis;
