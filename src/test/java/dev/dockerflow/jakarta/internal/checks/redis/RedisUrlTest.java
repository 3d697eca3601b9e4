package dev.dockerflow.jakarta.internal.checks.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code dockerflow.redis.url}, read as Jedis and Lettuce read it: its parts and defaults, the query parameters that
 * matter, what makes it invalid (said without the password), and its password masked wherever it is shown.
 */
class RedisUrlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // url                                  | tls   | host             | port | db | user | password   | verify | shown
        "redis://localhost                       | false | localhost        | 6379 | 0  | -    | -          | true   | redis://localhost:6379/0",
        "redis://127.0.0.1:6380/2                | false | 127.0.0.1        | 6380 | 2  | -    | -          | true   | redis://127.0.0.1:6380/2",
        "rediss://cache.example.com:6380/1       | true  | cache.example.com| 6380 | 1  | -    | -          | true   | rediss://cache.example.com:6380/1",
        "redis+ssl://cache                       | true  | cache            | 6379 | 0  | -    | -          | true   | rediss://cache:6379/0",
        "REDIS://Cache_1:1/                      | false | Cache_1          | 1    | 0  | -    | -          | true   | redis://Cache_1:1/0",
        "redis://[::1]:6379/3                    | false | ::1              | 6379 | 3  | -    | -          | true   | redis://[::1]:6379/3",
        "redis://[fe80::1%25eth0]                | false | fe80::1%eth0     | 6379 | 0  | -    | -          | true   | redis://[fe80::1%eth0]:6379/0",
        "redis://app:s3cret@cache/4              | false | cache            | 6379 | 4  | app  | s3cret     | true   | redis://app:****@cache:6379/4",
        "redis://:s3cret@cache                   | false | cache            | 6379 | 0  | -    | s3cret     | true   | redis://:****@cache:6379/0",
        "redis://s3cret@cache                    | false | cache            | 6379 | 0  | -    | s3cret     | true   | redis://:****@cache:6379/0",
        "redis://:@cache                         | false | cache            | 6379 | 0  | -    | -          | true   | redis://cache:6379/0",
        "redis://app:p%40ss%3Aw%2Frd@cache       | false | cache            | 6379 | 0  | app  | p@ss:w/rd  | true   | redis://app:****@cache:6379/0",
        "redis://:p@ss@cache                     | false | cache            | 6379 | 0  | -    | p@ss       | true   | redis://:****@cache:6379/0",
        "redis://:pa/ss?#@cache                  | false | cache            | 6379 | 0  | -    | pa/ss?#    | true   | redis://:****@cache:6379/0",
        "redis://:pa+ss@cache                    | false | cache            | 6379 | 0  | -    | pa+ss      | true   | redis://:****@cache:6379/0",
        "redis://%C3%A9l%C3%A8ve:m%C3%B6t@cache  | false | cache            | 6379 | 0  | élève| möt        | true   | redis://élève:****@cache:6379/0",
        "'  redis://cache:7000  '                | false | cache            | 7000 | 0  | -    | -          | true   | redis://cache:7000/0",
        "redis://cache?db=3                      | false | cache            | 6379 | 3  | -    | -          | true   | redis://cache:6379/3",
        "redis://cache/1?database=5              | false | cache            | 6379 | 5  | -    | -          | true   | redis://cache:6379/5",
        "rediss://cache?verifyPeer=CA            | true  | cache            | 6379 | 0  | -    | -          | false  | rediss://cache:6379/0",
        "rediss://cache?verifyPeer=full          | true  | cache            | 6379 | 0  | -    | -          | true   | rediss://cache:6379/0",
        "redis://cache?timeout=5s&clientName=app&libraryName=x&libraryVersion=1&protocol=3 | false | cache | 6379 | 0 | - | - | true | redis://cache:6379/0",
        "redis://cache/0?timeout=10;db=2         | false | cache            | 6379 | 2  | -    | -          | true   | redis://cache:6379/2",
    })
    void parses(String url, boolean tls, String host, int port, int database, String user, String password, boolean verify,
            String shown) {
        RedisUrl parsed = RedisUrl.parse(url);

        assertEquals(new RedisUrl(tls, host, port, database, user, password, verify), parsed);
        assertEquals(shown, parsed.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "localhost:6379                 | it is not a URL",
        "http://cache:6379              | the scheme must be redis or rediss (TLS), not 'http'",
        "unix:///tmp/redis.sock         | the scheme must be redis or rediss (TLS), not 'unix'",
        "redis-sentinel://cache         | the scheme must be redis or rediss (TLS), not 'redis-sentinel'",
        "redis://                       | Expected authority at index 8",
        "redis://:6379/0                | it names no host",
        "redis://:s3cret@/0             | it names no host",
        "redis://ca che                 | Illegal character in authority",
        "redis://ca*che                 | the host 'ca*che' is not a host name or address",
        "redis://cache:abc/0            | the port must be a number from 1 to 65535, not 'abc'",
        "redis://cache:0                | the port must be a number from 1 to 65535, not '0'",
        "redis://cache:65536            | the port must be a number from 1 to 65535, not '65536'",
        "redis://cache:99999999999      | the port must be a number from 1 to 65535, not '99999999999'",
        "redis://cache:                 | the port must be a number from 1 to 65535, not ''",
        "redis://cache/x                | the database must be a number from 0 to 2147483647, not 'x'",
        "redis://cache/-1               | the database must be a number from 0 to 2147483647, not '-1'",
        "redis://cache/0/1              | the database must be a number from 0 to 2147483647, not '0/1'",
        "redis://cache?db=two           | the database must be a number from 0 to 2147483647, not 'two'",
        "redis://::1:6379               | '::1:6379' is not host[:port] (an IPv6 address goes in brackets)",
        "redis://[::1:6379              | Expected closing bracket for IPv6 address",
        "redis://[::1]6379              | Expected port number",
        "redis://app:@cache             | the user 'app' has no password",
        "redis://:s3cr%zzt@cache        | Malformed escape pair at index",
        "redis://cache/0#frag           | a fragment (#) has no meaning here",
        "redis://cache?sentinelMasterId=m | the query parameter 'sentinelMasterId' is not one the check knows",
        "rediss://cache?verifyPeer=NONE | verifyPeer must be FULL or CA (the certificate is always verified), not 'NONE'",
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
        "redis://s3cret@cache:6379         | redis://****@cache:6379",
        "redis://app:s3@cr@et@cache:x      | redis://app:****@cache:x",
        "redis://:s3/cr?et#@cache          | redis://:****@cache",
        "rediss://app:s3cret@[::1]:x/0     | rediss://app:****@[::1]:x/0",
        "app:s3cret@cache:6379             | app:****@cache:6379",
        "http://app:s3cret@cache/0         | http://app:****@cache/0",
        "redis://cache:6379/0              | redis://cache:6379/0",
        "redis://cache                     | redis://cache",
    })
    void masksThePasswordOfAnyText(String text, String masked) {
        assertEquals(masked, RedisUrl.mask(text));
    }
}
