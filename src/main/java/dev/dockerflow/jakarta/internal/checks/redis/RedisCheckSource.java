package dev.dockerflow.jakarta.internal.checks.redis;

import java.util.List;

import dev.dockerflow.jakarta.internal.config.DockerflowConfig;
import dev.dockerflow.jakarta.internal.heartbeat.CheckRegistry;
import dev.dockerflow.jakarta.internal.heartbeat.CheckRunner;
import dev.dockerflow.jakarta.internal.heartbeat.CheckSource;
import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.internal.heartbeat.RegisteredCheck;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * Contributes the built-in check {@code redis}, which runs only when {@code dockerflow.checks} names it, and closes
 * what it made when the application stops.
 *
 * <p>Configuration: {@value #URL_KEY}, the Redis to check when the application has no Redis client bean of its own
 * ({@code redis://[[user]:password@]host[:port][/database]}, {@code rediss://} for TLS); {@value #CLIENT_KEY},
 * {@code auto} (Jedis when it is on the class path, else Lettuce), {@code jedis} or {@code lettuce}. Both are
 * checked when the check first runs, which is as the application starts when {@code dockerflow.checks} names it, and an
 * invalid value is reported on every heartbeat as {@value MessageIds#REDIS_MISCONFIGURED}, a check message in the
 * Dockerflow contract, rather than failing the deployment. Timeouts come from {@code dockerflow.heartbeat.timeout}
 * (see {@link RedisCheck#stepMillis(long)}).
 *
 * <p>This bean mentions no Jedis or Lettuce type, so that an application with neither deploys; the code that uses them
 * is loaded only when they are there.
 */
@ApplicationScoped
public class RedisCheckSource implements CheckSource {

    /** Where Redis is, when the application has no client bean. */
    public static final String URL_KEY = "dockerflow.redis.url";
    /** Which client library the check uses: {@code auto}, {@code jedis} or {@code lettuce}. */
    public static final String CLIENT_KEY = "dockerflow.redis.client";

    @Inject
    DockerflowConfig dockerflow;

    @Inject
    Config config;

    @Inject
    BeanManager beans;

    private RedisCheck check;

    @PostConstruct
    void create() {
        check = new RedisCheck(new RedisEndpointResolver(
                config.getOptionalValue(URL_KEY, String.class),
                config.getOptionalValue(CLIENT_KEY, String.class).orElse(RedisClientLibraries.AUTO),
                RedisCheck.stepMillis(dockerflow.timeoutMillis()),
                beans,
                RedisCheckSource.class.getClassLoader()));
    }

    @Override
    public List<RegisteredCheck> checks() {
        return List.of(check);
    }

    @Override
    public boolean runsOnlyWhenNamed() {
        return true;
    }

    /** How many heartbeat timeouts the application's start waits, at most, for the check's first run. */
    static final int WARM_UP_ROUNDS = 3;

    /**
     * Warms the check up as the application starts, when {@code dockerflow.checks} names it (see
     * {@link CheckRunner#warmUp}): Lettuce's first connection takes about a second, more with TLS.
     */
    void warmUp(@Observes @Initialized(ApplicationScoped.class) Object event, CheckRegistry registry, CheckRunner runner) {
        if (registry.selected().contains(check)) {
            runner.warmUp(List.of(check), WARM_UP_ROUNDS * dockerflow.timeoutMillis());
        }
    }

    @PreDestroy
    void close() {
        check.close();
    }
}
