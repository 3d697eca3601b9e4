package dev.dockerflow.jakarta.internal.checks.redis;

import static dev.dockerflow.jakarta.internal.checks.redis.RedisDeployments.redisCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Redis wants a password and the URL has none (NOAUTH) or a wrong one (WRONGPASS): the connection is made and Redis
 * refuses, so dockerflow.health.E007 with Redis's answer, and not "cannot connect"; the URL is shown with its password
 * masked.
 */
class PasswordRefusedTest {

    /** The password the test's Redis wants. */
    static final String PASSWORD = "dockerflow-s3cret";

    @RegisterExtension
    PrivateRedis redis = PrivateRedis.withPassword(PASSWORD);

    @RegisterExtension
    RedisDeployments deployments = new RedisDeployments();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "JEDIS   | redis://127.0.0.1:PORT/0               | redis://127.0.0.1:PORT/0        | NOAUTH Authentication required.",
        "LETTUCE | redis://127.0.0.1:PORT/0               | redis://127.0.0.1:PORT/0        | NOAUTH Authentication required.",
        "JEDIS   | redis://:wrong@127.0.0.1:PORT/0        | redis://:****@127.0.0.1:PORT/0  | WRONGPASS invalid username-password pair or user is disabled.",
        "LETTUCE | redis://:wrong@127.0.0.1:PORT/0        | redis://:****@127.0.0.1:PORT/0  | WRONGPASS invalid username-password pair or user is disabled.",
    })
    void isAPingFailure(ClientLibrary client, String url, String shown, String answer) {
        TimedHeartbeat heartbeat = TimedHeartbeat.of(deployments.start(redisCheck(client, url.replace("PORT", Integer.toString(redis.port())))));

        assertEquals(RedisBodies.error(MessageIds.REDIS_PING_FAILED, "Redis ping failed at " + shown.replace("PORT", Integer.toString(redis.port())) + ": " + answer),
                heartbeat.json());
    }
}
