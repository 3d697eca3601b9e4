/** The {@code redis} check's use of Lettuce, loaded only when Lettuce is on the class path. Not API. */
package dev.dockerflow.jakarta.internal.checks.redis.lettuce;
