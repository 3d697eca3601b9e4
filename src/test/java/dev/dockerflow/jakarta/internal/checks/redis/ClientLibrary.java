package dev.dockerflow.jakarta.internal.checks.redis;

/** The client library a scenario has the check use, through {@code dockerflow.redis.client}. */
enum ClientLibrary {
    JEDIS,
    LETTUCE;

    /** @return the value of {@code dockerflow.redis.client} */
    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
