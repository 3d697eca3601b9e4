package dev.dockerflow.jakarta.internal.checks.redis;

import static dev.dockerflow.jakarta.internal.checks.redis.RedisDeployments.redisCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

/**
 * Redis answers PONG: the check is ok, over one connection of its own (named
 * {@code dockerflow-heartbeat} in CLIENT LIST) that every later heartbeat reuses.
 */
class RedisPongTest {

    @RegisterExtension
    RedisDeployments deployments = new RedisDeployments();

    @Test
    void isOkOverOneReusedConnection() {
        Set<String> before = checkConnections();
        DockerflowApp app = deployments.start(redisCheck(LocalRedis.URL));

        TimedHeartbeat first = TimedHeartbeat.of(app);

        assertEquals(200, first.status());
        assertEquals(RedisBodies.ok(), first.json());
        Set<String> made = checkConnections();
        made.removeAll(before);
        assertEquals(1, made.size(), "connections the check made (it runs once as the application starts)");

        for (int i = 0; i < 20; i++) {
            assertEquals(RedisBodies.ok(), TimedHeartbeat.of(app).json());
        }

        Set<String> after = checkConnections();
        after.removeAll(before);
        assertEquals(made, after, "the check's connections after 21 heartbeats");
    }

    /** @return the ids of the connections named as the check names its own */
    static Set<String> checkConnections() {
        Set<String> ids = new HashSet<>();
        for (Map<String, String> client : LocalRedis.clientsNamed(RespClient.CLIENT_NAME)) {
            ids.add(client.get("id"));
        }
        return ids;
    }
}
