package dev.dockerflow.jakarta.internal.checks.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.heartbeat.RedisPing;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The application has two RedisPing beans and the check cannot tell which Redis matters: without
 * dockerflow.redis.url that is dockerflow.health.E006; with it, the URL decides.
 */
class AmbiguousBeansTest {

    @RegisterExtension
    RedisDeployments deployments = new RedisDeployments();

    @Test
    void withoutAUrlIsMisconfigured() {
        DockerflowApp app = deployments.start(DockerflowApp.with(TwoCaches.class)
                .config("dockerflow.heartbeat.details", "always").config("dockerflow.checks", "redis"));

        assertEquals(RedisBodies.error(MessageIds.REDIS_MISCONFIGURED, "Redis misconfigured: the application has 2 "
                + "RedisPing beans (declared in " + TwoCaches.class.getName() + ") and cannot tell which to check; "
                + "set dockerflow.redis.url, or qualify all but one of them"), TimedHeartbeat.of(app).json());
    }

    @Test
    void withAUrlChecksTheUrl() {
        DockerflowApp app = deployments.start(DockerflowApp.with(TwoCaches.class)
                .config("dockerflow.heartbeat.details", "always")
                .config("dockerflow.checks", "redis")
                .config("dockerflow.redis.url", LocalRedis.URL));

        assertEquals(RedisBodies.ok(), TimedHeartbeat.of(app).json());
    }

    @ApplicationScoped
    static class TwoCaches {
        @Produces
        @Named("sessions")
        RedisPing sessions() {
            return () -> "sessions";
        }

        @Produces
        @Named("pages")
        RedisPing pages() {
            return () -> "pages";
        }
    }
}
