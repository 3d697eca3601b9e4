package dev.dockerflow.jakarta.internal.checks.redis;

import static dev.dockerflow.jakarta.internal.checks.redis.RedisDeployments.redisCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The URL's database, from its path or its {@code database}/{@code db} parameter (which wins, as with Lettuce), is the
 * one the check's connection selects: Redis's client list shows it. One that Redis does not have is
 * dockerflow.health.E007 with Redis's answer.
 */
class SelectDatabaseTest {

    @RegisterExtension
    RedisDeployments deployments = new RedisDeployments();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "redis://127.0.0.1:6379,                   0",
        "redis://127.0.0.1:6379/3,                 3",
        "redis://127.0.0.1:6379?db=4,              4",
        "redis://127.0.0.1:6379/1?database=5,      5",
    })
    void selectsTheDatabase(String url, String database) {
        Set<String> before = RedisPongTest.checkConnections();

        TimedHeartbeat heartbeat = TimedHeartbeat.of(deployments.start(redisCheck(url)));

        assertEquals(RedisBodies.ok(), heartbeat.json());
        List<Map<String, String>> made = LocalRedis.clientsNamed(RespClient.CLIENT_NAME).stream()
                .filter(client -> !before.contains(client.get("id"))).toList();
        assertEquals(1, made.size(), "the check's connections: " + made);
        assertEquals(database, made.get(0).get("db"));
    }

    @Test
    void aDatabaseRedisLacksIsAPingFailure() {
        TimedHeartbeat heartbeat = TimedHeartbeat.of(deployments.start(redisCheck("redis://127.0.0.1:6379/9999")));

        assertEquals(RedisBodies.error(MessageIds.REDIS_PING_FAILED,
                "Redis ping failed at redis://127.0.0.1:6379/9999: ERR DB index is out of range"), heartbeat.json());
    }
}
