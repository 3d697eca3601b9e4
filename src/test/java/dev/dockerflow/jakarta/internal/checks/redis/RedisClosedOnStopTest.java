package dev.dockerflow.jakarta.internal.checks.redis;

import static dev.dockerflow.jakarta.internal.checks.redis.RedisDeployments.redisCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Collections;
import java.util.Set;
import java.util.stream.Collectors;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * When the application stops, the check closes what it made: its connection leaves Redis's client list, and Lettuce's
 * threads end.
 */
class RedisClosedOnStopTest {

    @RegisterExtension
    RedisDeployments deployments = new RedisDeployments();

    @ParameterizedTest
    @EnumSource(ClientLibrary.class)
    void closesItsConnectionAndClient(ClientLibrary client) {
        Set<String> connectionsBefore = RedisPongTest.checkConnections();
        Set<String> threadsBefore = lettuceThreads();
        DockerflowApp app = deployments.start(redisCheck(client, LocalRedis.URL));
        assertEquals(RedisBodies.ok(), TimedHeartbeat.of(app).json());
        Set<String> connections = RedisPongTest.checkConnections();
        connections.removeAll(connectionsBefore);
        assertEquals(1, connections.size(), "the check's connections");

        app.stop();

        LocalRedis.await(() -> Collections.disjoint(RedisPongTest.checkConnections(), connections), Duration.ofSeconds(5),
                "the check's connection is still open");
        LocalRedis.await(() -> threadsBefore.containsAll(lettuceThreads()), Duration.ofSeconds(5),
                "Lettuce threads still run: " + lettuceThreads());
    }

    private static Set<String> lettuceThreads() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(name -> name.startsWith("lettuce-")).collect(Collectors.toSet());
    }
}
