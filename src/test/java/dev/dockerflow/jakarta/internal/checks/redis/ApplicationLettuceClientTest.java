package dev.dockerflow.jakarta.internal.checks.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The application has a Lettuce RedisClient and no connection bean: the check makes one connection from that client,
 * so with the client's own URI (the name it gives its connections shows in CLIENT LIST), not from
 * dockerflow.redis.url, which points where nothing listens, and keeps using it.
 */
class ApplicationLettuceClientTest {

    @RegisterExtension
    static DockerflowApp app = RedisDeployments.applicationClient(NotesLettuceClient.class);

    @Test
    void pingsOverAConnectionOfTheApplicationsClient() {
        TimedHeartbeat first = TimedHeartbeat.of(app);
        TimedHeartbeat second = TimedHeartbeat.of(app);

        assertEquals(RedisBodies.ok(), first.json());
        assertEquals(RedisBodies.ok(), second.json());
        assertEquals(List.of("ping"), LocalRedis.lastCommandsOf(NotesLettuceClient.NAME));
    }
}
