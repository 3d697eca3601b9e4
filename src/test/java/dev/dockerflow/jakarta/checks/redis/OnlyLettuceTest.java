package dev.dockerflow.jakarta.checks.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;

import dev.dockerflow.jakarta.testing.DockerflowApp;
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

        HttpResponse<String> heartbeat = application.heartbeat(
                "dockerflow.checks", "redis",
                "dockerflow.redis.url", LocalRedis.URL);

        assertEquals(TimedHeartbeat.ok(), DockerflowApp.json(heartbeat));
    }

    @Test
    void reportsE005WhenToldToUseJedis() throws ReflectiveOperationException {
        HttpResponse<String> heartbeat = application.heartbeat(
                "dockerflow.checks", "redis",
                "dockerflow.redis.client", "jedis",
                "dockerflow.redis.url", LocalRedis.URL);

        assertEquals(TimedHeartbeat.error(RedisMessageIds.CLIENT_NOT_AVAILABLE, "Redis client not available: "
                + "dockerflow.redis.client=jedis, but Jedis (redis.clients:jedis) is not on the class path"),
                DockerflowApp.json(heartbeat));
    }
}
