package dev.dockerflow.jakarta.internal.checks.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The redis check is built in: with dockerflow.redis.url set but dockerflow.checks not naming it, it neither shows in
 * the heartbeat nor connects to Redis, at start-up or after.
 */
class RedisNotNamedTest {

    @RegisterExtension
    RedisDeployments deployments = new RedisDeployments();

    @Test
    void neitherRunsNorConnects() {
        Set<String> before = RedisPongTest.checkConnections();
        DockerflowApp app = deployments.start(DockerflowApp.with()
                .config("dockerflow.heartbeat.details", "always").config("dockerflow.redis.url", LocalRedis.URL));

        assertEquals(DockerflowApp.expected("{'status': 'ok', 'checks': {}, 'details': {}}"), TimedHeartbeat.of(app).json());
        Set<String> after = RedisPongTest.checkConnections();
        assertTrue(before.containsAll(after), "connections before: " + before + ", after: " + after);
    }
}
