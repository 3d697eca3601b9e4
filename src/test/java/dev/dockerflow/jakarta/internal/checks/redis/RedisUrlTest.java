package dev.dockerflow.jakarta.internal.checks.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code dockerflow.redis.url}: its parts and defaults, what makes it invalid (said without the password), and its
 * password masked wherever it is shown.
 */
class RedisUrlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // url                                | tls   | host             | port | db | user | password   | shown
        "redis://localhost                     | false | localhost        | 6379 | 0  | -    | -          | redis://localhost:6379/0",
        "redis://127.0.0.1:6380/2              | false | 127.0.0.1        | 6380 | 2  | -    | -          | redis://127.0.0.1:6380/2",
        "rediss://cache.example.com:6380/1     | true  | cache.example.com| 6380 | 1  | -    | -          | rediss://cache.example.com:6380/1",
        "REDIS://Cache_1:1/                    | false | Cache_1          | 1    | 0  | -    | -          | redis://Cache_1:1/0",
        "redis://[::1]:6379/3                  | false | ::1              | 6379 | 3  | -    | -          | redis://[::1]:6379/3",
        "redis://[fe80::1%25eth0]              | false | fe80::1%25eth0   | 6379 | 0  | -    | -          | redis://[fe80::1%25eth0]:6379/0",
        "redis://app:s3cret@cache/4            | false | cache            | 6379 | 4  | app  | s3cret     | redis://app:****@cache:6379/4",
        "redis://:s3cret@cache                 | false | cache            | 6379 | 0  | -    | s3cret     | redis://:****@cache:6379/0",
        "redis://app:p%40ss%3Aw%2Frd@cache     | false | cache            | 6379 | 0  | app  | p@ss:w/rd  | redis://app:****@cache:6379/0",
        "redis://:p@ss@cache                   | false | cache            | 6379 | 0  | -    | p@ss       | redis://:****@cache:6379/0",
        "redis://:pa+ss@cache                  | false | cache            | 6379 | 0  | -    | pa+ss      | redis://:****@cache:6379/0",
        "'  redis://cache:7000  '              | false | cache            | 7000 | 0  | -    | -          | redis://cache:7000/0",
    })
    void parses(String url, boolean tls, String host, int port, int database, String user, String password, String shown) {
        RedisUrl parsed = RedisUrl.parse(url);

        assertEquals(tls, parsed.tls());
        assertEquals(host, parsed.host());
        assertEquals(port, parsed.port());
        assertEquals(database, parsed.database());
        assertEquals(Optional.ofNullable(user), parsed.user());
        assertEquals(Optional.ofNullable(password), parsed.password());
        assertEquals(shown, parsed.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "localhost:6379                 | it is not a URL",
        "http://cache:6379              | the scheme must be redis or rediss (TLS), not 'http'",
        "unix:///tmp/redis.sock         | the scheme must be redis or rediss (TLS), not 'unix'",
        "redis://                       | it names no host",
        "redis://:6379/0                | it names no host",
        "redis://:s3cret@/0             | it names no host",
        "redis://ca che                 | the host 'ca che' is not a host name or address",
        "redis://cache:abc/0            | the port must be a number from 1 to 65535, not 'abc'",
        "redis://cache:0                | the port must be a number from 1 to 65535, not '0'",
        "redis://cache:65536            | the port must be a number from 1 to 65535, not '65536'",
        "redis://cache:99999999999      | the port must be a number from 1 to 65535, not '99999999999'",
        "redis://cache:                 | the port must be a number from 1 to 65535, not ''",
        "redis://cache/x                | the database must be a number, 0 or more, not 'x'",
        "redis://cache/-1               | the database must be a number, 0 or more, not '-1'",
        "redis://cache/0/1              | the database must be a number, 0 or more, not '0/1'",
        "redis://::1:6379               | an IPv6 address goes in brackets, as in redis://[::1]:6379",
        "redis://[::1:6379              | the IPv6 address lacks its closing ]",
        "redis://[::1]6379              | the IPv6 address is followed by '6379' instead of :port",
        "redis://s3cret@cache           | the user information has no ':'",
        "redis://app:@cache             | the user 'app' has no password",
        "redis://:s3cr%zzt@cache        | the user information has a malformed %-escape",
        "redis://cache/0?timeout=5      | query parameters and fragments are not supported",
    })
    void refuses(String url, String reason) {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> RedisUrl.parse(url));

        assertTrue(failure.getMessage().startsWith(reason), failure.getMessage());
        assertFalse(failure.getMessage().contains("s3cr"), "the password shows in: " + failure.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "redis://app:s3cret@cache:6379/0   | redis://app:****@cache:6379/0",
        "redis://:s3cret@cache             | redis://:****@cache",
        "redis://s3cret@cache              | redis://****@cache",
        "redis://app:s3@cr@et@cache:x      | redis://app:****@cache:x",
        "rediss://app:s3cret@[::1]:x/0     | rediss://app:****@[::1]:x/0",
        "app:s3cret@cache:6379             | app:****@cache:6379",
        "http://app:s3cret@cache/0         | http://app:****@cache/0",
        "redis://cache:6379/0              | redis://cache:6379/0",
        "redis://cache                     | redis://cache",
    })
    void masksThePasswordOfAnyText(String text, String masked) {
        assertEquals(masked, RedisUrl.mask(text));
    }

    @Test
    void defaultsToThePortRedisListensOn() {
        assertEquals(6379, RedisUrl.DEFAULT_PORT);
    }
}
