package dev.dockerflow.jakarta.internal.checks.redis.lettuce;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.dockerflow.jakarta.internal.checks.redis.ApplicationBean;
import dev.dockerflow.jakarta.internal.checks.redis.RedisClientLibrary;
import dev.dockerflow.jakarta.internal.checks.redis.RedisEndpoint;
import dev.dockerflow.jakarta.internal.checks.redis.RedisSetupProblem;
import dev.dockerflow.jakarta.internal.checks.redis.RedisUrl;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.protocol.ProtocolVersion;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.util.TypeLiteral;

/**
 * The check's use of Lettuce. Loaded by name, and only when Lettuce is on the class path. Not API.
 */
public final class LettuceLibrary implements RedisClientLibrary {

    /**
     * {@code StatefulRedisConnection<?, ?>}: a producer of {@code StatefulRedisConnection<String, String>} is not a bean
     * of the raw type, by CDI's assignability rules, but is one of this.
     */
    private static final Type CONNECTION = new TypeLiteral<StatefulRedisConnection<?, ?>>() {
        private static final long serialVersionUID = 1L;
    }.getType();

    /** For {@code RedisClientLibraries}, which loads it by name. */
    public LettuceLibrary() {
    }

    @Override
    public Optional<RedisEndpoint> applicationClient(BeanManager beans, long stepMillis) throws RedisSetupProblem {
        // The application's connection first: it is the very connection the application uses.
        return ApplicationBean.find(beans, List.of(CONNECTION, RedisClient.class))
                .map(bean -> bean.type().equals(CONNECTION)
                        ? new LettuceConnectionEndpoint(bean, stepMillis)
                        : LettuceClientEndpoint.ofApplication(bean, stepMillis));
    }

    @Override
    public RedisEndpoint ownClient(RedisUrl url, long stepMillis) {
        Duration step = Duration.ofMillis(stepMillis);
        RedisURI.Builder uri = RedisURI.builder()
                .withHost(url.host())
                .withPort(url.port())
                .withDatabase(url.database())
                .withSsl(url.tls())
                .withClientName(CLIENT_NAME)
                // Bounds the handshake as well as each command.
                .withTimeout(step);
        url.password().ifPresent(password -> url.user().ifPresentOrElse(
                user -> uri.withAuthentication(user, password),
                () -> uri.withPassword(password.toCharArray())));
        RedisURI target = uri.build();
        RedisClient client = RedisClient.create(target);
        client.setOptions(ClientOptions.builder()
                // The check replaces a lost connection itself, at the next heartbeat: no reconnecting in the
                // background with growing delays, and no commands queued for a connection that is not there.
                .autoReconnect(false)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                // RESP2, as Jedis speaks it: no HELLO to fall back from, and the same answers from Redis.
                .protocolVersion(ProtocolVersion.RESP2)
                .socketOptions(SocketOptions.builder().connectTimeout(step).build())
                .timeoutOptions(TimeoutOptions.enabled(step))
                .build());
        return LettuceClientEndpoint.own(client, target, "at " + url, stepMillis);
    }
}
