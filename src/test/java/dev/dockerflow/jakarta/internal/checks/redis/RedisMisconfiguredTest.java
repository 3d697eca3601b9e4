package dev.dockerflow.jakarta.internal.checks.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A configuration that does not say which Redis to check, or says it wrongly, is reported on the heartbeat as
 * dockerflow.health.E006 (the deployment itself succeeds), with the URL's password masked.
 */
class RedisMisconfiguredTest {

    @RegisterExtension
    RedisDeployments deployments = new RedisDeployments();

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "dockerflow.redis.url    | redis://app:s3cret@cache:x/0 | dockerflow.redis.url=redis://app:****@cache:x/0 is invalid: the port must be a number from 1 to 65535, not 'x'",
        "dockerflow.redis.url    | http://cache:6379            | dockerflow.redis.url=http://cache:6379 is invalid: the scheme must be redis or rediss (TLS), not 'http'",
        "dockerflow.redis.url    | redis://:s3cret@:6379/0      | dockerflow.redis.url=redis://:****@:6379/0 is invalid: it names no host",
        "dockerflow.redis.url    | redis://cache/db1            | dockerflow.redis.url=redis://cache/db1 is invalid: the database must be a number from 0 to 2147483647, not 'db1'",
        "dockerflow.redis.url    | redis://app:@cache           | dockerflow.redis.url=redis://app:****@cache is invalid: the user 'app' has no password",
        "dockerflow.redis.url    | redis://cache?databse=2      | dockerflow.redis.url=redis://cache?databse=2 is invalid: the query parameter 'databse' is not one the check knows (database, db, verifyPeer)",
        "dockerflow.redis.url    | rediss://s3cret@cache?verifyPeer=NONE | dockerflow.redis.url=rediss://****@cache?verifyPeer=NONE is invalid: verifyPeer must be FULL or CA (the certificate is always verified), not 'NONE'",
        "dockerflow.logger-name  | nothing about Redis          | set dockerflow.redis.url, or give the application a RedisPing bean",
    })
    void isReportedAsE006(String key, String value, String problem) {
        DockerflowApp app = deployments.start(DockerflowApp.with()
                .config("dockerflow.heartbeat.details", "always")
                .config("dockerflow.checks", "redis")
                .config(key, value));

        TimedHeartbeat heartbeat = TimedHeartbeat.of(app);

        assertEquals(500, heartbeat.status());
        assertEquals(RedisBodies.error(MessageIds.REDIS_MISCONFIGURED, "Redis misconfigured: " + problem), heartbeat.json());
    }
}
