package dev.dockerflow.jakarta.internal.checks.redis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import dev.dockerflow.jakarta.testing.TcpFaultProxy;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The real Redis on this machine, 127.0.0.1:6379, as the tests read it: its client list, whether it answers, a proxy
 * in front of it. Only reads: it may hold a developer's data and serve other builds, so a test that stops, restarts or
 * password-protects Redis uses a {@link PrivateRedis} instead.
 */
final class LocalRedis {

    static final String HOST = "127.0.0.1";
    static final int PORT = 6379;
    /** Its URL, as an application would configure it. */
    static final String URL = "redis://127.0.0.1:6379/0";

    private LocalRedis() {
    }

    /**
     * @param mode what the proxy's port does at first
     * @return a port in front of this Redis that the scenario switches between faults; close it after the test
     */
    static TcpFaultProxy proxy(TcpFaultProxy.Mode mode) {
        return TcpFaultProxy.to(HOST, PORT, mode);
    }

    /** @param proxy a proxy in front of this Redis @return its URL, as an application would configure it */
    static String urlVia(TcpFaultProxy proxy) {
        return "redis://127.0.0.1:" + proxy.port() + "/0";
    }

    /** @return the connected clients, one map of CLIENT LIST's fields (id, name, cmd, ...) each */
    static List<Map<String, String>> clients() {
        try (Jedis jedis = admin()) {
            List<Map<String, String>> clients = new ArrayList<>();
            for (String line : jedis.clientList().split("\n")) {
                Map<String, String> fields = new LinkedHashMap<>();
                for (String field : line.trim().split(" ")) {
                    int equals = field.indexOf('=');
                    if (equals > 0) {
                        fields.put(field.substring(0, equals), field.substring(equals + 1));
                    }
                }
                if (!fields.isEmpty()) {
                    clients.add(fields);
                }
            }
            return clients;
        }
    }

    /** @param name a client name @return the connected clients of that name */
    static List<Map<String, String>> clientsNamed(String name) {
        return clients().stream().filter(client -> name.equals(client.get("name"))).toList();
    }

    /** @param name a client name @return the last command of each connected client of that name, as CLIENT LIST shows it */
    static List<String> lastCommandsOf(String name) {
        return clientsNamed(name).stream().map(client -> client.get("cmd")).toList();
    }

    /** @return whether Redis answers PING now */
    static boolean answers() {
        try (Jedis jedis = new Jedis(HOST, PORT, 200)) {
            return "PONG".equals(jedis.ping());
        } catch (JedisException e) {
            return false;
        }
    }

    /**
     * Polls a condition, briefly pausing between tries, until it holds or the time is up.
     *
     * @throws AssertionError when the time is up
     */
    static void await(BooleanSupplier condition, Duration atMost, String failure) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure + " (waited " + atMost.toMillis() + " ms)");
            }
            try {
                TimeUnit.MILLISECONDS.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(failure + " (interrupted)", e);
            }
        }
    }

    private static Jedis admin() {
        return new Jedis(HOST, PORT, 2000);
    }
}
