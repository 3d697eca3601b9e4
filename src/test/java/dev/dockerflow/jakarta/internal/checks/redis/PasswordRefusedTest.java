package dev.dockerflow.jakarta.internal.checks.redis;

import static dev.dockerflow.jakarta.internal.checks.redis.RedisDeployments.redisCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Redis wants a password and the URL has none (NOAUTH) or a wrong one, for the default user or an ACL user (WRONGPASS):
 * the connection is made and Redis refuses, so dockerflow.health.E007 with Redis's answer, and not "cannot connect";
 * the URL is shown with its password masked.
 */
class PasswordRefusedTest {

    @RegisterExtension
    PrivateRedis redis = PrivateRedis.withPassword(PasswordAcceptedTest.PASSWORD)
            .user(PasswordAcceptedTest.USER, PasswordAcceptedTest.USER_PASSWORD);

    @RegisterExtension
    RedisDeployments deployments = new RedisDeployments();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "redis://127.0.0.1:PORT/0                | redis://127.0.0.1:PORT/0                 | NOAUTH Authentication required.",
        "redis://127.0.0.1:PORT/2                | redis://127.0.0.1:PORT/2                 | NOAUTH Authentication required.",
        "redis://:wrong@127.0.0.1:PORT/0         | redis://:****@127.0.0.1:PORT/0           | WRONGPASS invalid username-password pair or user is disabled.",
        "redis://wrong@127.0.0.1:PORT/0          | redis://:****@127.0.0.1:PORT/0           | WRONGPASS invalid username-password pair or user is disabled.",
        "redis://heartbeat:wrong@127.0.0.1:PORT  | redis://heartbeat:****@127.0.0.1:PORT/0  | WRONGPASS invalid username-password pair or user is disabled.",
        "redis://nobody:p%40ss@127.0.0.1:PORT    | redis://nobody:****@127.0.0.1:PORT/0     | WRONGPASS invalid username-password pair or user is disabled.",
    })
    void isAPingFailure(String url, String shown, String answer) {
        String port = Integer.toString(redis.port());
        TimedHeartbeat heartbeat = TimedHeartbeat.of(deployments.start(redisCheck(url.replace("PORT", port))));

        assertEquals(RedisBodies.error(MessageIds.REDIS_PING_FAILED,
                "Redis ping failed at " + shown.replace("PORT", port) + ": " + answer), heartbeat.json());
    }
}
