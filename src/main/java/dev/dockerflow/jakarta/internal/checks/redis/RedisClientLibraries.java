package dev.dockerflow.jakarta.internal.checks.redis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Redis client libraries the check can use, in order of preference: Jedis, then Lettuce, narrowed to one by
 * {@code dockerflow.redis.client}. A library is recognised by the name of one of its classes; only then is the
 * check's code for it loaded, by name, so that an application without the library never loads a class that mentions
 * it. Not API.
 */
final class RedisClientLibraries {

    /** The libraries the check knows, in order of preference. */
    private enum Known {
        JEDIS("jedis", "Jedis (redis.clients:jedis)", "redis.clients.jedis.UnifiedJedis", "jedis.JedisLibrary"),
        LETTUCE("lettuce", "Lettuce (io.lettuce:lettuce-core)", "io.lettuce.core.RedisClient", "lettuce.LettuceLibrary");

        final String key;
        final String description;
        final String probe;
        final String implementation;

        Known(String key, String description, String probe, String implementation) {
            this.key = key;
            this.description = description;
            this.probe = probe;
            this.implementation = RedisClientLibraries.class.getPackageName() + "." + implementation;
        }
    }

    /** The value of {@code dockerflow.redis.client} that lets the check choose. */
    static final String AUTO = "auto";

    private RedisClientLibraries() {
    }

    /**
     * The libraries to use.
     *
     * @param choice {@code auto}, {@code jedis} or {@code lettuce}
     * @param loader the class loader the check's own classes come from, which must see the client's
     * @return the libraries, at least one, preferred first
     * @throws RedisSetupProblem when the choice is invalid or no chosen library is there
     */
    static List<RedisClientLibrary> available(String choice, ClassLoader loader) throws RedisSetupProblem {
        String chosen = choice.trim().toLowerCase(Locale.ROOT);
        List<Known> candidates = new ArrayList<>();
        for (Known known : Known.values()) {
            if (chosen.equals(AUTO) || chosen.equals(known.key)) {
                candidates.add(known);
            }
        }
        if (candidates.isEmpty()) {
            throw RedisSetupProblem.misconfigured("dockerflow.redis.client=" + choice + " is invalid (expected auto, jedis or lettuce)");
        }
        List<RedisClientLibrary> found = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (Known known : candidates) {
            try {
                Class.forName(known.probe, false, loader);
            } catch (ClassNotFoundException e) {
                continue;
            }
            try {
                found.add(Class.forName(known.implementation, true, loader).asSubclass(RedisClientLibrary.class)
                        .getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError e) {
                // Present but unusable, typically a dependency of the client missing from the class path.
                broken.add(known.description + " is on the class path but cannot be loaded (" + e + ")");
            }
        }
        if (!found.isEmpty()) {
            return found;
        }
        if (!broken.isEmpty()) {
            throw RedisSetupProblem.clientNotAvailable(String.join("; ", broken));
        }
        throw RedisSetupProblem.clientNotAvailable(candidates.size() == 1
                ? "dockerflow.redis.client=" + chosen + ", but " + candidates.get(0).description + " is not on the class path"
                : "neither " + Known.JEDIS.description + " nor " + Known.LETTUCE.description + " is on the class path");
    }
}
