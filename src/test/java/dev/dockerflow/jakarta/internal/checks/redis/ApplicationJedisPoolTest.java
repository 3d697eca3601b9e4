package dev.dockerflow.jakarta.internal.checks.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPool;

/**
 * The application has a JedisPool of its own: the check borrows from that very pool (its borrow count grows by one, and
 * the connection the application named ran PING last), not from dockerflow.redis.url, which here points where nothing
 * listens.
 */
class ApplicationJedisPoolTest {

    static final String NAME = "notes-jedis-pool";

    @RegisterExtension
    static DockerflowApp app = RedisDeployments.applicationClient(NotesRedis.class);

    @Test
    void pingsOverTheApplicationsPool() {
        JedisPool redis = app.container().select(JedisPool.class).get();
        long borrowed = redis.getBorrowedCount();

        TimedHeartbeat heartbeat = TimedHeartbeat.of(app);

        assertEquals(RedisBodies.ok(), heartbeat.json());
        assertEquals(borrowed + 1, redis.getBorrowedCount());
        assertEquals(List.of("ping"), LocalRedis.lastCommandsOf(NAME));
    }

    @ApplicationScoped
    static class NotesRedis {
        @Produces
        @Singleton
        JedisPool redis() {
            return new JedisPool(new HostAndPort(LocalRedis.HOST, LocalRedis.PORT),
                    DefaultJedisClientConfig.builder().clientName(NAME).build());
        }

        void close(@Disposes JedisPool redis) {
            redis.close();
        }
    }
}
