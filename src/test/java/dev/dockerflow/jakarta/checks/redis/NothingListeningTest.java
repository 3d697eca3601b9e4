package dev.dockerflow.jakarta.checks.redis;

import static dev.dockerflow.jakarta.checks.redis.RedisDeployments.redisCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Nothing listens on the configured port: dockerflow.health.E004, answered at once. When something starts listening
 * there (a proxy to the real Redis), the same deployment is ok at its next heartbeat.
 */
class NothingListeningTest {

    @RegisterExtension
    RedisDeployments deployments = new RedisDeployments();

    @ParameterizedTest
    @EnumSource(ClientLibrary.class)
    void cannotConnectThenRecovers(ClientLibrary client) {
        int port = SwitchableProxy.freePort();
        String url = "redis://127.0.0.1:" + port + "/0";
        DockerflowApp app = deployments.start(redisCheck(client, url)
                .config("dockerflow.heartbeat.timeout", Long.toString(FaultTiming.TIMEOUT_MILLIS)));

        TimedHeartbeat refused = TimedHeartbeat.of(app);

        assertEquals(TimedHeartbeat.error(RedisMessageIds.CANNOT_CONNECT,
                "cannot connect to Redis at " + url + ": connection refused"), refused.body());
        FaultTiming.answeredInTime(refused);

        try (SwitchableProxy redis = SwitchableProxy.listen(port, SwitchableProxy.Mode.FORWARD)) {
            assertEquals(url, redis.url());
            assertEquals(TimedHeartbeat.ok(), TimedHeartbeat.of(app).body());
        }
    }
}
