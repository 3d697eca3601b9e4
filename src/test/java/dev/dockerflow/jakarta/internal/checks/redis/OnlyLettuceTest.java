package dev.dockerflow.jakarta.internal.checks.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;

import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.WithoutLibraries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An application with Lettuce and without Jedis ({@link WithoutLibraries}): left to choose, the check uses Lettuce, the
 * only library there, and is ok; told to use Jedis, it reports dockerflow.health.E005.
 */
class OnlyLettuceTest {

    static WithoutLibraries application;

    @BeforeAll
    static void hideJedis() {
        application = WithoutLibraries.hiding("redis.clients.");
    }

    @AfterAll
    static void close() throws IOException {
        application.close();
    }

    @Test
    void usesLettuce() throws ReflectiveOperationException {
        assertFalse(application.sees("redis.clients.jedis.UnifiedJedis"));
        assertTrue(application.sees("io.lettuce.core.RedisClient"));

        HttpResponse<String> heartbeat = application.heartbeat(DockerflowApp.with()
                .config("dockerflow.heartbeat.details", "always")
                .config("dockerflow.checks", "redis")
                .config("dockerflow.redis.url", LocalRedis.URL));

        assertEquals(RedisBodies.ok(), DockerflowApp.json(heartbeat));
    }

    @Test
    void reportsE005WhenToldToUseJedis() throws ReflectiveOperationException {
        HttpResponse<String> heartbeat = application.heartbeat(DockerflowApp.with()
                .config("dockerflow.heartbeat.details", "always")
                .config("dockerflow.checks", "redis")
                .config("dockerflow.redis.client", "jedis")
                .config("dockerflow.redis.url", LocalRedis.URL));

        assertEquals(RedisBodies.error(MessageIds.REDIS_CLIENT_NOT_AVAILABLE, "Redis client not available: "
                + "dockerflow.redis.client=jedis, but Jedis (redis.clients:jedis) is not on the class path"),
                DockerflowApp.json(heartbeat));
    }
}
