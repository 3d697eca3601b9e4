package dev.dockerflow.jakarta.internal.checks.redis;

import static dev.dockerflow.jakarta.internal.checks.redis.RedisDeployments.redisCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

/**
 * A real Redis (the test's own, {@link PrivateRedis}) stops under a running application: dockerflow.health.E004, in
 * time. Started again on the same port, the same deployment is ok at its first heartbeat after Redis answers: the
 * connection the restart broke is replaced, not reported.
 */
class RedisRestartTest {

    @RegisterExtension
    PrivateRedis redis = PrivateRedis.open();

    @RegisterExtension
    RedisDeployments deployments = new RedisDeployments();

    @Test
    void cannotConnectWhileDownThenRecovers() {
        DockerflowApp app = deployments.start(redisCheck(redis.url())
                .config("dockerflow.heartbeat.timeout", Long.toString(FaultTiming.TIMEOUT_MILLIS)));
        assertEquals(RedisBodies.ok(), TimedHeartbeat.of(app).json());

        redis.stop();
        TimedHeartbeat down = TimedHeartbeat.of(app);
        redis.start();
        TimedHeartbeat up = TimedHeartbeat.of(app);

        assertEquals(RedisBodies.error(MessageIds.REDIS_CANNOT_CONNECT,
                "cannot connect to Redis at " + redis.url() + ": connection refused"), down.json());
        FaultTiming.answeredInTime(down);
        assertEquals(RedisBodies.ok(), up.json());
    }
}
