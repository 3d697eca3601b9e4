package dev.dockerflow.jakarta.internal.checks.redis;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.RedisPing;
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
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * Contributes the built-in check {@code redis}, which runs only when {@code dockerflow.checks} names it, and closes
 * what it made when the application stops. PING goes through the application's {@link RedisPing} bean when it has
 * one, else over a connection the check makes to {@value #URL_KEY} ({@link RedisUrl}). What keeps it from knowing
 * where Redis is, nothing or something invalid configured, is reported on every heartbeat as
 * {@value MessageIds#REDIS_MISCONFIGURED} rather than failing the deployment. Timeouts come from
 * {@code dockerflow.heartbeat.timeout} (see {@link RedisCheck#stepMillis(long)}).
 */
@ApplicationScoped
public class RedisCheckSource implements CheckSource {

    /** Where Redis is, when the application has no {@link RedisPing} bean. */
    public static final String URL_KEY = "dockerflow.redis.url";

    private static final Logger LOG = Logger.getLogger("dockerflow.heartbeat");

    @Inject
    DockerflowConfig dockerflow;

    @Inject
    Config config;

    @Inject
    Instance<RedisPing> applicationPing;

    private RedisCheck check;

    @PostConstruct
    void create() {
        check = resolve(config.getOptionalValue(URL_KEY, String.class));
    }

    private RedisCheck resolve(Optional<String> url) {
        RedisUrl parsed;
        try {
            parsed = url.map(RedisUrl::parse).orElse(null);
        } catch (IllegalArgumentException e) {
            // Reported even when the application's bean would be used instead: it is still a mistake to fix.
            return misconfigured(URL_KEY + "=" + RedisUrl.mask(url.get()) + " is invalid: " + e.getMessage());
        }
        if (applicationPing.isResolvable()) {
            if (parsed != null) {
                LOG.info(() -> URL_KEY + " is not used: the redis check sends PING through the application's RedisPing bean");
            }
            return new RedisCheck("through the application's RedisPing bean", new RedisPing() {
                private RedisPing bean;

                @Override
                public synchronized String ping() throws Exception {
                    // Kept once made, so that a @Dependent producer runs once; one that throws is asked again next time.
                    bean = bean == null ? applicationPing.get() : bean;
                    return bean.ping();
                }
            }, null);
        } else if (parsed != null) {
            return new RedisCheck("at " + parsed, new RespClient(parsed, RedisCheck.stepMillis(dockerflow.timeoutMillis())), null);
        } else if (applicationPing.isAmbiguous()) {
            String classes = applicationPing.handlesStream().map(handle -> handle.getBean().getBeanClass().getName())
                    .sorted().distinct().collect(Collectors.joining(", "));
            return misconfigured("the application has " + applicationPing.handlesStream().count() + " RedisPing beans "
                    + "(declared in " + classes + ") and cannot tell which to check; set " + URL_KEY
                    + ", or qualify all but one of them");
        }
        return misconfigured("set " + URL_KEY + ", or give the application a RedisPing bean");
    }

    private static RedisCheck misconfigured(String text) {
        return new RedisCheck(null, null, CheckMessage.error(MessageIds.REDIS_MISCONFIGURED, "Redis misconfigured: " + text));
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
     * {@link CheckRunner#warmUp}): a JVM's first TLS connection takes a few hundred milliseconds to set up.
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
