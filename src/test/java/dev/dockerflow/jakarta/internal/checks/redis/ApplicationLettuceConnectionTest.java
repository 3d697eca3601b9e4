package dev.dockerflow.jakarta.internal.checks.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The application has a Lettuce RedisClient and a StatefulRedisConnection&lt;String, String&gt; made from it: with
 * dockerflow.redis.client left to choose, the check finds the connection and sends PING over it. Redis sees exactly
 * one connection of the application's name, whose id is that connection's, and which ran PING last; the check made no
 * connection of its own from the client, nor from dockerflow.redis.url, which points where nothing listens.
 */
class ApplicationLettuceConnectionTest {

    @RegisterExtension
    static DockerflowApp app = RedisDeployments.applicationClient(NotesLettuceClient.class, NotesConnection.class);

    @Test
    void pingsOverTheApplicationsConnection() {
        StatefulRedisConnection<String, String> connection = app.container()
                .select(new TypeLiteral<StatefulRedisConnection<String, String>>() { }).get();

        TimedHeartbeat heartbeat = TimedHeartbeat.of(app);

        assertEquals(RedisBodies.ok(), heartbeat.json());
        List<Map<String, String>> named = LocalRedis.clientsNamed(NotesLettuceClient.NAME);
        assertEquals(1, named.size(), "connections of the application's name: " + named);
        assertEquals("ping", named.get(0).get("cmd"));
        assertEquals(named.get(0).get("id"), Long.toString(connection.sync().clientId()));
    }

    @ApplicationScoped
    static class NotesConnection {
        @Produces
        @Singleton
        StatefulRedisConnection<String, String> connection(RedisClient client) {
            return client.connect();
        }

        void close(@Disposes StatefulRedisConnection<String, String> connection) {
            connection.close();
        }
    }
}
