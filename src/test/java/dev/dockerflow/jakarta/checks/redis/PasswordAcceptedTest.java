package dev.dockerflow.jakarta.checks.redis;

import static dev.dockerflow.jakarta.checks.redis.RedisDeployments.redisCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Redis wants a password and the URL has the right one, alone or with the default user's name: ok. */
class PasswordAcceptedTest {

    @RegisterExtension
    RequirePassword password = new RequirePassword();

    @RegisterExtension
    RedisDeployments deployments = new RedisDeployments();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "JEDIS,   redis://:dockerflow-s3cret@127.0.0.1:6379/0",
        "JEDIS,   redis://default:dockerflow-s3cret@127.0.0.1:6379/0",
        "LETTUCE, redis://:dockerflow-s3cret@127.0.0.1:6379/0",
        "LETTUCE, redis://default:dockerflow-s3cret@127.0.0.1:6379/0",
    })
    void isOk(ClientLibrary client, String url) {
        TimedHeartbeat heartbeat = TimedHeartbeat.of(deployments.start(redisCheck(client, url)));

        assertEquals(RedisBodies.ok(), heartbeat.json());
    }
}
