package dev.dockerflow.jakarta.internal.checks.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.dockerflow.jakarta.testing.TcpFaultProxy;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * A {@code redis-server} of the test's own, on a free loopback port, for the tests that stop, restart, password-protect
 * Redis or give it TLS: the machine's Redis on 6379 may hold a developer's data, and other builds use it. Started
 * before each test and stopped after it, whatever happened; it keeps nothing on disk.
 */
final class PrivateRedis implements BeforeEachCallback, AfterEachCallback {

    private final List<String> options = new ArrayList<>();
    private boolean tls;
    private int port;
    private int tlsPort;
    private Path dir;
    private TestCertificate certificate;
    private Process process;

    private PrivateRedis() {
    }

    /** @return a private Redis that needs no password */
    static PrivateRedis open() {
        return new PrivateRedis();
    }

    /**
     * @param password what every connection must authenticate with ({@code --requirepass})
     * @return a private Redis that needs this password
     */
    static PrivateRedis withPassword(String password) {
        return open().option("--requirepass", password);
    }

    /**
     * @param user a user of Redis's ACL, besides the default user, who may run every command
     * @param password the user's password
     * @return this
     */
    PrivateRedis user(String user, String password) {
        return option("--user", user, "on", ">" + password, "~*", "&*", "+@all");
    }

    /** @return this, listening for TLS on {@link #tlsPort()} too, with a certificate for {@code localhost} alone */
    PrivateRedis tls() {
        tls = true;
        return this;
    }

    private PrivateRedis option(String... words) {
        options.addAll(List.of(words));
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        port = TcpFaultProxy.freePort();
        dir = Files.createTempDirectory("private-redis-");
        if (tls) {
            tlsPort = TcpFaultProxy.freePort();
            certificate = TestCertificate.forDnsName("localhost", dir);
        }
        start();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        stop();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    /** @return its port on 127.0.0.1 */
    int port() {
        return port;
    }

    /** @return its TLS port on 127.0.0.1, when made with {@link #tls()} */
    int tlsPort() {
        return tlsPort;
    }

    /** @return the certificate its TLS port presents, when made with {@link #tls()} */
    TestCertificate certificate() {
        return certificate;
    }

    /** @return its URL without a password, as an application would configure it */
    String url() {
        return "redis://127.0.0.1:" + port + "/0";
    }

    /** Starts the server (again, after {@link #stop()}) on the same port, and waits until it answers PING. */
    void start() {
        List<String> command = new ArrayList<>(List.of("redis-server", "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir.toString()));
        command.addAll(options);
        if (tls) {
            command.addAll(List.of("--tls-port", Integer.toString(tlsPort), "--tls-auth-clients", "no",
                    "--tls-cert-file", certificate.certificateFile().toString(),
                    "--tls-key-file", certificate.keyFile().toString()));
        }
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("redis.log").toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start redis-server (is it on the PATH?)", e);
        }
        LocalRedis.await(() -> answers() || !process.isAlive(), Duration.ofSeconds(20),
                "redis-server on port " + port + " does not answer");
        if (!process.isAlive()) {
            throw new AssertionError("redis-server on port " + port + " exited; see " + dir.resolve("redis.log"));
        }
    }

    /** Stops the server as a platform would, with SIGTERM, and waits until it has exited. */
    void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** @return whether it answers now (PONG, or a refusal for want of the password: it is up either way) */
    boolean answers() {
        try (Jedis jedis = new Jedis("127.0.0.1", port, 200)) {
            return "PONG".equals(jedis.ping());
        } catch (redis.clients.jedis.exceptions.JedisDataException refused) {
            return true;
        } catch (JedisException e) {
            return false;
        }
    }
}
