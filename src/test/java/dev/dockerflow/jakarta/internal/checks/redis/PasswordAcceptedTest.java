package dev.dockerflow.jakarta.internal.checks.redis;

import static dev.dockerflow.jakarta.internal.checks.redis.RedisDeployments.redisCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Redis wants a password and the URL has the right one: alone (after a colon, or with none, as the clients read it),
 * with the default user's name, or an ACL user's name and password: ok.
 */
class PasswordAcceptedTest {

    /** The default user's password. */
    static final String PASSWORD = "dockerflow-s3cret";
    /** An ACL user, and its password. */
    static final String USER = "heartbeat";
    static final String USER_PASSWORD = "p@ss/w:rd";

    @RegisterExtension
    PrivateRedis redis = PrivateRedis.withPassword(PASSWORD).user(USER, USER_PASSWORD);

    @RegisterExtension
    RedisDeployments deployments = new RedisDeployments();

    @ParameterizedTest
    @ValueSource(strings = {
        "redis://:dockerflow-s3cret@127.0.0.1:PORT/0",
        "redis://default:dockerflow-s3cret@127.0.0.1:PORT/0",
        "redis://dockerflow-s3cret@127.0.0.1:PORT",
        "redis://heartbeat:p%40ss%2Fw%3Ard@127.0.0.1:PORT/0",
        "redis://heartbeat:p@ss/w:rd@127.0.0.1:PORT/0",
    })
    void isOk(String url) {
        String withPort = url.replace("PORT", Integer.toString(redis.port()));
        TimedHeartbeat heartbeat = TimedHeartbeat.of(deployments.start(redisCheck(withPort)));

        assertEquals(RedisBodies.ok(), heartbeat.json());
    }
}
