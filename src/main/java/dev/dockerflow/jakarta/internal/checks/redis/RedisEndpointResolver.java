package dev.dockerflow.jakarta.internal.checks.redis;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.inject.spi.BeanManager;

/**
 * Decides where the check sends PING: over the application's own client bean when it has one (Jedis's looked for
 * first), otherwise over a client of the check's own made from {@code dockerflow.redis.url} with the preferred
 * library. With several client beans of one type, the URL decides; without a URL, that is a misconfiguration. Makes
 * no connection. Not API.
 */
final class RedisEndpointResolver {

    private static final Logger LOG = Logger.getLogger("dockerflow.heartbeat");

    private final Optional<String> url;
    private final String client;
    private final long stepMillis;
    private final BeanManager beans;
    private final ClassLoader loader;

    /**
     * @param url {@code dockerflow.redis.url}, as configured
     * @param client {@code dockerflow.redis.client}, as configured
     * @param stepMillis how long each stage of a PING may take
     * @param beans the application's beans
     * @param loader the class loader of the check's own classes
     */
    RedisEndpointResolver(Optional<String> url, String client, long stepMillis, BeanManager beans, ClassLoader loader) {
        this.url = url;
        this.client = client;
        this.stepMillis = stepMillis;
        this.beans = beans;
        this.loader = loader;
    }

    /**
     * @return the endpoint
     * @throws RedisSetupProblem when the URL is invalid, no client library is there, or nothing says which Redis to check
     */
    RedisEndpoint resolve() throws RedisSetupProblem {
        // An invalid URL is reported even when a bean would be used instead: it is still a mistake to fix.
        Optional<RedisUrl> parsed = url.isPresent() ? Optional.of(parse(url.get())) : Optional.empty();
        List<RedisClientLibrary> libraries = RedisClientLibraries.available(client, loader);
        Optional<RedisEndpoint> bean = applicationClient(libraries, parsed.isPresent());
        if (bean.isPresent()) {
            LOG.info(() -> "The redis check sends PING " + bean.get().where()
                    + parsed.map(ignored -> "; dockerflow.redis.url is not used").orElse(""));
            return bean.get();
        }
        if (parsed.isEmpty()) {
            throw RedisSetupProblem.misconfigured("set dockerflow.redis.url, or give the application a Jedis or Lettuce client bean");
        }
        RedisEndpoint own = libraries.get(0).ownClient(parsed.get(), stepMillis);
        LOG.fine(() -> "The redis check sends PING " + own.where());
        return own;
    }

    private Optional<RedisEndpoint> applicationClient(List<RedisClientLibrary> libraries, boolean urlConfigured)
            throws RedisSetupProblem {
        for (RedisClientLibrary library : libraries) {
            try {
                Optional<RedisEndpoint> bean = library.applicationClient(beans, stepMillis);
                if (bean.isPresent()) {
                    return bean;
                }
            } catch (RedisSetupProblem ambiguous) {
                if (!urlConfigured) {
                    throw ambiguous;
                }
                // Several client beans, and the URL says which Redis matters.
                LOG.info(() -> "The redis check uses dockerflow.redis.url: " + ambiguous.getMessage());
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static RedisUrl parse(String text) throws RedisSetupProblem {
        try {
            return RedisUrl.parse(text);
        } catch (IllegalArgumentException e) {
            throw RedisSetupProblem.misconfigured("dockerflow.redis.url=" + RedisUrl.mask(text) + " is invalid: " + e.getMessage());
        }
    }
}
