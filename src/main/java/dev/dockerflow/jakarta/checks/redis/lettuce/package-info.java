/** The {@code redis} check's use of Lettuce, loaded only when Lettuce is on the class path. Not API. */
package dev.dockerflow.jakarta.checks.redis.lettuce;
