package dev.dockerflow.jakarta.internal.checks.redis;

import static dev.dockerflow.jakarta.internal.checks.redis.RedisDeployments.redisCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Redis wants a password and the URL has the right one, alone or with the default user's name: ok. */
class PasswordAcceptedTest {

    /** The password the test's Redis wants. */
    static final String PASSWORD = "dockerflow-s3cret";

    @RegisterExtension
    PrivateRedis redis = PrivateRedis.withPassword(PASSWORD);

    @RegisterExtension
    RedisDeployments deployments = new RedisDeployments();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "JEDIS,   redis://:dockerflow-s3cret@127.0.0.1:PORT/0",
        "JEDIS,   redis://default:dockerflow-s3cret@127.0.0.1:PORT/0",
        "LETTUCE, redis://:dockerflow-s3cret@127.0.0.1:PORT/0",
        "LETTUCE, redis://default:dockerflow-s3cret@127.0.0.1:PORT/0",
    })
    void isOk(ClientLibrary client, String url) {
        String withPort = url.replace("PORT", Integer.toString(redis.port()));
        TimedHeartbeat heartbeat = TimedHeartbeat.of(deployments.start(redisCheck(client, withPort)));

        assertEquals(RedisBodies.ok(), heartbeat.json());
    }
}
