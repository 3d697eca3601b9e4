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
import redis.clients.jedis.JedisPooled;

/**
 * The application has a JedisPooled of its own: the check borrows from that very pool (its borrow count grows by one,
 * and the connection the application named ran PING last), not from dockerflow.redis.url, which here points where
 * nothing listens.
 */
class ApplicationJedisPooledTest {

    static final String NAME = "notes-jedis-pooled";

    @RegisterExtension
    static DockerflowApp app = RedisDeployments.applicationClient(NotesRedis.class);

    @Test
    void pingsOverTheApplicationsPool() {
        JedisPooled redis = app.container().select(JedisPooled.class).get();
        long borrowed = redis.getPool().getBorrowedCount();

        TimedHeartbeat heartbeat = TimedHeartbeat.of(app);

        assertEquals(RedisBodies.ok(), heartbeat.json());
        assertEquals(borrowed + 1, redis.getPool().getBorrowedCount());
        assertEquals(List.of("ping"), LocalRedis.lastCommandsOf(NAME));
    }

    @ApplicationScoped
    static class NotesRedis {
        @Produces
        @Singleton
        JedisPooled redis() {
            return new JedisPooled(new HostAndPort(LocalRedis.HOST, LocalRedis.PORT),
                    DefaultJedisClientConfig.builder().clientName(NAME).build());
        }

        void close(@Disposes JedisPooled redis) {
            redis.close();
        }
    }
}
