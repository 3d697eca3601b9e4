package dev.dockerflow.jakarta.internal.checks.redis;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;

import dev.dockerflow.jakarta.DockerflowFeature;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.WithoutLibraries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The redis check needs no client library: an application with neither Jedis nor Lettuce deploys, and its redis check
 * is ok against the local Redis. The application runs in a class loader that has neither jar and refuses their
 * classes ({@link WithoutLibraries}), while this test's own class path has both.
 */
class RedisWithoutClientLibrariesTest {

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
    void theCheckIsOk() throws ReflectiveOperationException {
        HttpResponse<String> heartbeat = application.heartbeat(DockerflowApp.with()
                .config("dockerflow.heartbeat.details", "always")
                .config("dockerflow.checks", "redis")
                .config("dockerflow.redis.url", LocalRedis.URL));

        assertEquals(200, heartbeat.statusCode());
        assertEquals(RedisBodies.ok(), DockerflowApp.json(heartbeat));
    }
}
