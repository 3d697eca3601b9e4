package dev.dockerflow.jakarta.internal.checks.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.heartbeat.RedisPing;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.TcpFaultProxy;
import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;

/**
 * The application's own client through a {@link RedisPing} bean, in the few lines the README shows for Jedis and for
 * Lettuce: the check sends PING through it (Redis sees the application's connection run it, and none of the check's
 * own), not to {@code dockerflow.redis.url}, which points where nothing listens. What the client answers or throws
 * is sorted as the check's own failures are: a JDK connection failure among the causes is dockerflow.health.E004,
 * anything else dockerflow.health.E007, masked.
 */
class RedisPingHookTest {

    /** Where the scenario's clients connect: the local Redis, or a proxy in front of it. */
    static volatile int port = LocalRedis.PORT;

    @RegisterExtension
    RedisDeployments deployments = new RedisDeployments();

    @Test
    void pingsThroughTheApplicationsJedis() {
        port = LocalRedis.PORT;
        Set<String> checkOwn = RedisPongTest.checkConnections();
        DockerflowApp app = deployments.start(RedisDeployments.applicationClient(JedisScenario.class));

        assertEquals(RedisBodies.ok(), TimedHeartbeat.of(app).json());
        assertEquals(List.of("ping"), LocalRedis.lastCommandsOf(JedisScenario.NAME));
        assertEquals(checkOwn, RedisPongTest.checkConnections());
    }

    @Test
    void pingsThroughTheApplicationsLettuceConnection() {
        port = LocalRedis.PORT;
        DockerflowApp app = deployments.start(RedisDeployments.applicationClient(LettuceScenario.class));
        StatefulRedisConnection<String, String> connection = app.container()
                .select(new TypeLiteral<StatefulRedisConnection<String, String>>() { }).get();

        assertEquals(RedisBodies.ok(), TimedHeartbeat.of(app).json());
        List<Map<String, String>> named = LocalRedis.clientsNamed(LettuceScenario.NAME);
        String id = Long.toString(connection.sync().clientId());
        assertEquals(List.of("ping"), named.stream().filter(client -> id.equals(client.get("id")))
                .map(client -> client.get("cmd")).toList(), "connections of the application's name: " + named);
    }

    /** Jedis fails at PING; Lettuce's connection producer fails, and is asked again at the next heartbeat. */
    @ParameterizedTest
    @ValueSource(classes = {JedisScenario.class, LettuceScenario.class})
    void refusedIsCannotConnectThenRecovers(Class<?> scenario) {
        try (TcpFaultProxy redis = LocalRedis.proxy(TcpFaultProxy.Mode.REFUSE)) {
            port = redis.port();
            DockerflowApp app = deployments.start(RedisDeployments.applicationClient(scenario));

            assertEquals(RedisBodies.error(MessageIds.REDIS_CANNOT_CONNECT,
                    "cannot connect to Redis through the application's RedisPing bean: connection refused"),
                    TimedHeartbeat.of(app).json());

            redis.mode(TcpFaultProxy.Mode.FORWARD);

            assertEquals(RedisBodies.ok(), TimedHeartbeat.of(app).json());
        }
    }

    @Test
    void anotherAnswerIsAPingFailure() {
        DockerflowApp app = deployments.start(RedisDeployments.applicationClient(Pang.class));

        assertEquals(RedisBodies.error(MessageIds.REDIS_PING_FAILED,
                "Redis ping failed through the application's RedisPing bean: answered 'PANG' instead of PONG"),
                TimedHeartbeat.of(app).json());
    }

    @Test
    void anotherFailureIsAPingFailureMasked() {
        DockerflowApp app = deployments.start(RedisDeployments.applicationClient(Failing.class));

        assertEquals(RedisBodies.error(MessageIds.REDIS_PING_FAILED,
                "Redis ping failed through the application's RedisPing bean: no Redis at redis://app:***@cache:6379"),
                TimedHeartbeat.of(app).json());
    }

    @ApplicationScoped
    static class JedisScenario {
        static final String NAME = "notes-jedis";

        @Produces
        @Singleton
        JedisPooled redis() {
            return new JedisPooled(new HostAndPort(LocalRedis.HOST, port),
                    DefaultJedisClientConfig.builder().clientName(NAME).build());
        }

        void close(@Disposes JedisPooled redis) {
            redis.close();
        }

        @Produces
        RedisPing ping(JedisPooled jedis) {
            return jedis::ping;
        }
    }

    @ApplicationScoped
    static class LettuceScenario {
        static final String NAME = "notes-lettuce";

        @Produces
        @Singleton
        RedisClient client() {
            return RedisClient.create(RedisURI.builder().withHost(LocalRedis.HOST).withPort(port).withClientName(NAME).build());
        }

        void shutdown(@Disposes RedisClient client) {
            client.shutdown();
        }

        @Produces
        @Singleton
        StatefulRedisConnection<String, String> connection(RedisClient client) {
            return client.connect();
        }

        void close(@Disposes StatefulRedisConnection<String, String> connection) {
            connection.close();
        }

        @Produces
        RedisPing ping(StatefulRedisConnection<String, String> redis) {
            return () -> redis.sync().ping();
        }
    }

    @ApplicationScoped
    static class Pang {
        @Produces
        RedisPing ping() {
            return () -> "PANG";
        }
    }

    @ApplicationScoped
    static class Failing {
        @Produces
        RedisPing ping() {
            return () -> {
                throw new IllegalStateException("no Redis at redis://app:s3cret@cache:6379");
            };
        }
    }
}
