package dev.dockerflow.samples.notes.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The heartbeat checks Redis only when REDIS_URL names one, and the upstream only when UPSTREAM_URL does. */
class EnvironmentDefaultsTest {

    @Test
    void withoutRedisUrlThereIsNoRedisCheck() {
        for (String unset : new String[] {null, "", "  "}) {
            EnvironmentDefaults defaults = new EnvironmentDefaults(unset, unset);

            assertEquals("database,migrations", defaults.getValue("dockerflow.checks"));
            assertEquals("notes-upstream", defaults.getValue("dockerflow.skipped-checks"));
            assertNull(defaults.getValue("dockerflow.redis.url"));
        }
    }

    @Test
    void redisUrlAddsTheRedisCheck() {
        EnvironmentDefaults defaults = new EnvironmentDefaults("redis://127.0.0.1:6379", null);

        assertEquals("database,migrations,redis", defaults.getValue("dockerflow.checks"));
        assertEquals("redis://127.0.0.1:6379", defaults.getValue("dockerflow.redis.url"));
    }

    @Test
    void upstreamUrlAddsTheUpstreamCheck() {
        EnvironmentDefaults defaults = new EnvironmentDefaults("", "http://127.0.0.1:8001/__lbheartbeat__");

        assertEquals("database,migrations", defaults.getValue("dockerflow.checks"));
        assertNull(defaults.getValue("dockerflow.skipped-checks"), "no check skipped");
        assertNull(defaults.getValue("dockerflow.redis.url"));
    }

    @Test
    void everyOtherSourceWins() {
        // MicroProfile Config's own sources start at 100 (microprofile-config.properties)
        assertEquals(50, new EnvironmentDefaults(null, null).getOrdinal());
    }
}
