package dev.dockerflow.jakarta.internal.checks.redis;

import static dev.dockerflow.jakarta.internal.checks.redis.RedisDeployments.redisCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Collections;
import java.util.Set;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

/**
 * When the application stops, the check closes what it made: its connection leaves Redis's client list.
 */
class RedisClosedOnStopTest {

    @RegisterExtension
    RedisDeployments deployments = new RedisDeployments();

    @Test
    void closesItsConnection() {
        Set<String> connectionsBefore = RedisPongTest.checkConnections();
        DockerflowApp app = deployments.start(redisCheck(LocalRedis.URL));
        assertEquals(RedisBodies.ok(), TimedHeartbeat.of(app).json());
        Set<String> connections = RedisPongTest.checkConnections();
        connections.removeAll(connectionsBefore);
        assertEquals(1, connections.size(), "the check's connections");

        app.stop();

        LocalRedis.await(() -> Collections.disjoint(RedisPongTest.checkConnections(), connections), Duration.ofSeconds(5),
                "the check's connection is still open");
    }
}
