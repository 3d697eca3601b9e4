package dev.dockerflow.jakarta.internal.checks.redis;

import static dev.dockerflow.jakarta.internal.checks.redis.RedisDeployments.redisCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.TcpFaultProxy;
import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

/**
 * Nothing listens on the configured port (a proxy in REFUSE mode): dockerflow.health.E004, answered at once. When
 * something starts listening there (the proxy, forwarding to the real Redis), the same deployment is ok at its next
 * heartbeat. A host name that does not resolve is dockerflow.health.E004 too.
 */
class NothingListeningTest {

    @RegisterExtension
    RedisDeployments deployments = new RedisDeployments();

    @Test
    void cannotConnectThenRecovers() {
        try (TcpFaultProxy redis = LocalRedis.proxy(TcpFaultProxy.Mode.REFUSE)) {
            String url = LocalRedis.urlVia(redis);
            DockerflowApp app = deployments.start(redisCheck(url)
                    .config("dockerflow.heartbeat.timeout", Long.toString(FaultTiming.TIMEOUT_MILLIS)));

            TimedHeartbeat refused = TimedHeartbeat.of(app);

            assertEquals(RedisBodies.error(MessageIds.REDIS_CANNOT_CONNECT,
                    "cannot connect to Redis at " + url + ": connection refused"), refused.json());
            FaultTiming.answeredInTime(refused);

            redis.mode(TcpFaultProxy.Mode.FORWARD);

            assertEquals(url, LocalRedis.urlVia(redis));
            assertEquals(RedisBodies.ok(), TimedHeartbeat.of(app).json());
        }
    }

    @Test
    void anUnknownHostCannotBeConnectedTo() {
        // .invalid never resolves (RFC 6761).
        DockerflowApp app = deployments.start(redisCheck("redis://redis.invalid:6379/0"));

        assertEquals(RedisBodies.error(MessageIds.REDIS_CANNOT_CONNECT,
                "cannot connect to Redis at redis://redis.invalid:6379/0: unknown host redis.invalid"), TimedHeartbeat.of(app).json());
    }
}
