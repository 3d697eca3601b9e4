package dev.dockerflow.jakarta.internal.checks.redis;

import static dev.dockerflow.jakarta.internal.checks.redis.RedisDeployments.redisCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

/**
 * {@code rediss://} means TLS: against the local Redis, which speaks plain text only, the client's TLS handshake goes
 * unanswered, so dockerflow.health.E007 after the step timeout (320 ms under the default heartbeat timeout), where
 * {@code redis://} to the same Redis is ok (see {@link RedisPongTest}). On a fresh JVM, setting up TLS takes the JDK
 * a few hundred milliseconds before it connects, which the default timeout leaves room for.
 */
class TlsToPlainRedisTest {

    @RegisterExtension
    RedisDeployments deployments = new RedisDeployments();

    @Test
    void theHandshakeGoesUnanswered() {
        TimedHeartbeat heartbeat = TimedHeartbeat.of(deployments.start(redisCheck("rediss://127.0.0.1:6379/0")));

        assertEquals(RedisBodies.error(MessageIds.REDIS_PING_FAILED,
                "Redis ping failed at rediss://127.0.0.1:6379/0: no answer within 320 ms"), heartbeat.json());
    }
}
