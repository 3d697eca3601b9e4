package dev.dockerflow.jakarta.internal.checks.redis;

import static dev.dockerflow.jakarta.internal.checks.redis.RedisDeployments.redisCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.TcpFaultProxy;
import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

/**
 * Redis accepts connections and never answers (a proxy in HANG mode): the check gives up after its step timeout,
 * two fifths of the heartbeat's, and reports dockerflow.health.E007 before the heartbeat's deadline, rather than the
 * heartbeat's own time-out. When the proxy forwards to the real Redis, the same deployment is ok at its next heartbeat:
 * the connection that hung is not reused.
 */
class HungRedisTest {

    @RegisterExtension
    RedisDeployments deployments = new RedisDeployments();

    @Test
    void noAnswerThenRecovers() {
        try (TcpFaultProxy redis = LocalRedis.proxy(TcpFaultProxy.Mode.HANG)) {
            String url = LocalRedis.urlVia(redis);
            DockerflowApp app = deployments.start(redisCheck(url)
                    .config("dockerflow.heartbeat.timeout", Long.toString(FaultTiming.TIMEOUT_MILLIS)));

            TimedHeartbeat hung = TimedHeartbeat.of(app);

            assertEquals(RedisBodies.error(MessageIds.REDIS_PING_FAILED,
                    "Redis ping failed at " + url + ": no answer within 200 ms"), hung.json());
            assertTrue(hung.millis() >= 200, "answered after " + hung.millis() + " ms, before the step timeout");
            FaultTiming.answeredInTime(hung);

            redis.modeForNewConnections(TcpFaultProxy.Mode.FORWARD);

            assertEquals(RedisBodies.ok(), TimedHeartbeat.of(app).json());
        }
    }
}
