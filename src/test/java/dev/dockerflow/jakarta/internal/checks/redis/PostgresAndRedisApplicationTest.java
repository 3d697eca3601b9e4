package dev.dockerflow.jakarta.internal.checks.redis;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerflow.jakarta.internal.checks.database.ScenarioDataSource;
import dev.dockerflow.jakarta.internal.checks.database.ScratchDatabase;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A running application that checks its PostgreSQL database and its Redis, as operators run it: 200
 * with both up; Redis stopped, 500 with dockerflow.health.E004 on the redis check alone, in time;
 * Redis started again, 200 from the same deployment, never restarted.
 */
class PostgresAndRedisApplicationTest {

    @RegisterExtension
    static ScratchDatabase database = ScratchDatabase.postgres();

    @RegisterExtension
    PrivateRedis redis = PrivateRedis.open();

    private DockerflowApp app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void redisGoesDownAndComesBack() {
        app = ScenarioDataSource.on(database.jdbcUrl())
                .config("dockerflow.checks", "database,redis")
                .config("dockerflow.redis.url", redis.url())
                .config("dockerflow.heartbeat.timeout", Long.toString(FaultTiming.TIMEOUT_MILLIS));
        app.start();
        TimedHeartbeat before = TimedHeartbeat.of(app);

        redis.stop();
        TimedHeartbeat down = TimedHeartbeat.of(app);
        redis.start();
        TimedHeartbeat after = TimedHeartbeat.of(app);

        assertEquals(200, before.status());
        assertEquals(expected("{'status': 'ok', 'checks': {'database': 'ok', 'redis': 'ok'}, 'details': {}}"),
                before.json());
        assertEquals(500, down.status());
        assertEquals(expected("""
                {'status': 'error', 'checks': {'database': 'ok', 'redis': 'error'},
                 'details': {'redis': {'status': 'error', 'level': 40, 'messages': {'dockerflow.health.E004':
                     'cannot connect to Redis at %s: connection refused'}}}}
                """.formatted(redis.url())), down.json());
        FaultTiming.answeredInTime(down);
        assertEquals(200, after.status());
        assertEquals(before.json(), after.json());
    }
}
