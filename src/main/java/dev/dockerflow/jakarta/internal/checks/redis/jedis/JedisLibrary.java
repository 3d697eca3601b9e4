package dev.dockerflow.jakarta.internal.checks.redis.jedis;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.dockerflow.jakarta.internal.checks.redis.ApplicationBean;
import dev.dockerflow.jakarta.internal.checks.redis.RedisClientLibrary;
import dev.dockerflow.jakarta.internal.checks.redis.RedisEndpoint;
import dev.dockerflow.jakarta.internal.checks.redis.RedisSetupProblem;
import dev.dockerflow.jakarta.internal.checks.redis.RedisUrl;
import jakarta.enterprise.inject.spi.BeanManager;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.UnifiedJedis;

/**
 * The check's use of Jedis. Loaded by name, and only when Jedis is on the class path. Not API.
 */
public final class JedisLibrary implements RedisClientLibrary {

    /**
     * The application's client types, in the order they are looked for. A {@code JedisPooled} comes first because its
     * pool can be borrowed from, so that PING gets the check's own read timeout; a {@code UnifiedJedis} of another kind
     * (cluster, sentinel) is pinged with its own timeouts.
     */
    private static final List<Type> CLIENT_TYPES = List.of(JedisPooled.class, UnifiedJedis.class, JedisPool.class);

    /** For {@code RedisClientLibraries}, which loads it by name. */
    public JedisLibrary() {
    }

    @Override
    public Optional<RedisEndpoint> applicationClient(BeanManager beans, long stepMillis) throws RedisSetupProblem {
        return ApplicationBean.find(beans, CLIENT_TYPES)
                .map(bean -> new JedisEndpoint(bean.where(), bean::get, bean::release, stepMillis));
    }

    @Override
    public RedisEndpoint ownClient(RedisUrl url, long stepMillis) {
        int step = (int) Math.min(Integer.MAX_VALUE, stepMillis);
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(step)
                .socketTimeoutMillis(step)
                .database(url.database())
                .ssl(url.tls())
                .clientName(CLIENT_NAME);
        url.user().ifPresent(config::user);
        url.password().ifPresent(config::password);
        // One connection is enough: the heartbeat never runs the check twice at once.
        GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
        pool.setMaxTotal(1);
        pool.setMaxIdle(1);
        pool.setMinIdle(0);
        pool.setMaxWait(Duration.ofMillis(step));
        pool.setJmxEnabled(false);
        JedisPooled client = new JedisPooled(new HostAndPort(url.host(), url.port()), config.build(), pool);
        return new JedisEndpoint("at " + url, () -> client, client::close, stepMillis);
    }
}
