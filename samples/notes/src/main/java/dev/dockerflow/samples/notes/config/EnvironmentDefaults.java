package dev.dockerflow.samples.notes.config;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import dev.dockerflow.samples.notes.checks.UpstreamCheck;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Defaults that depend on the environment: the heartbeat checks the Redis named by {@code REDIS_URL}
 * only when it is set (the built-in {@code redis} check is turned on in {@code dockerflow.checks}), and
 * the upstream service named by {@code UPSTREAM_URL} only when that is set (otherwise its check is in
 * {@code dockerflow.skipped-checks}). With nothing configured there is nothing to check, and a check
 * that can only fail would keep every replica out of the load balancer.
 *
 * <p>Its ordinal is below every other source, so {@code DOCKERFLOW_CHECKS},
 * {@code DOCKERFLOW_SKIPPED_CHECKS} or either key in a properties file still decide. Registered through
 * {@code META-INF/services}, which MicroProfile Config reads on every runtime.
 */
public class EnvironmentDefaults implements ConfigSource {

    /** The built-in checks the heartbeat runs without Redis; the service's own checks always run. */
    static final String CHECKS = "database,migrations";

    private final Map<String, String> properties;

    /** Reads the environment once: it does not change while the process runs. */
    public EnvironmentDefaults() {
        this(System.getenv("REDIS_URL"), System.getenv("UPSTREAM_URL"));
    }

    EnvironmentDefaults(String redisUrl, String upstreamUrl) {
        Map<String, String> values = new HashMap<>();
        StringBuilder checks = new StringBuilder(CHECKS);
        if (isSet(redisUrl)) {
            checks.append(",redis");
            values.put("dockerflow.redis.url", redisUrl);
        }
        if (!isSet(upstreamUrl)) {
            values.put("dockerflow.skipped-checks", UpstreamCheck.NAME);
        }
        values.put("dockerflow.checks", checks.toString());
        properties = Map.copyOf(values);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public Map<String, String> getProperties() {
        return properties;
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "notes environment defaults";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
