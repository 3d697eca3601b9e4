package dev.dockerflow.jakarta.internal.checks.redis;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;

import dev.dockerflow.jakarta.DockerflowFeature;
import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.WithoutLibraries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An application with neither Jedis nor Lettuce (both are optional dependencies of the library): it deploys and runs,
 * and the redis check, when named, reports dockerflow.health.E005. The application runs in a class loader that has
 * neither jar and refuses their classes ({@link WithoutLibraries}), while this test's own class path has both.
 */
class NoRedisClientTest {

    static WithoutLibraries application;

    @BeforeAll
    static void hideTheClients() {
        application = WithoutLibraries.hiding("redis.clients.", "io.lettuce.");
    }

    @AfterAll
    static void close() throws IOException {
        application.close();
    }

    @Test
    void theClientsAreReallyGone() {
        assertDoesNotThrow(() -> Class.forName("redis.clients.jedis.UnifiedJedis"), "the test's own class path");
        assertDoesNotThrow(() -> Class.forName("io.lettuce.core.RedisClient"), "the test's own class path");

        assertTrue(application.sees(DockerflowFeature.class.getName()));
        assertFalse(application.sees("redis.clients.jedis.UnifiedJedis"));
        assertFalse(application.sees("io.lettuce.core.RedisClient"));
    }

    @Test
    void deploysAndRunsWhenRedisIsNotChecked() throws ReflectiveOperationException {
        HttpResponse<String> heartbeat = application.heartbeat(DockerflowApp.with()
                .config("dockerflow.heartbeat.details", "always")
                .config("dockerflow.redis.url", LocalRedis.URL));

        assertEquals(200, heartbeat.statusCode());
        assertEquals(DockerflowApp.expected("{'status': 'ok', 'checks': {}, 'details': {}}"), DockerflowApp.json(heartbeat));
    }

    @Test
    void reportsE005WhenRedisIsChecked() throws ReflectiveOperationException {
        HttpResponse<String> heartbeat = application.heartbeat(DockerflowApp.with()
                .config("dockerflow.heartbeat.details", "always")
                .config("dockerflow.checks", "redis")
                .config("dockerflow.redis.url", LocalRedis.URL));

        assertEquals(RedisBodies.error(MessageIds.REDIS_CLIENT_NOT_AVAILABLE, "Redis client not available: neither "
                + "Jedis (redis.clients:jedis) nor Lettuce (io.lettuce:lettuce-core) is on the class path"),
                DockerflowApp.json(heartbeat));
    }
}
