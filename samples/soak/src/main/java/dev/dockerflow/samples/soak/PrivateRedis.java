package dev.dockerflow.samples.soak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * A Redis server of the soak's own, on a loopback port, so that stopping it in the middle of the run
 * disturbs nothing else on the machine. It keeps nothing on disk.
 */
final class PrivateRedis implements AutoCloseable {

    private final int port;
    private final Path dir;
    private Process process;

    private PrivateRedis(int port, Path dir) {
        this.port = port;
        this.dir = dir;
    }

    /**
     * Starts {@code redis-server} from the PATH and waits until it answers PING.
     *
     * @param port its port on 127.0.0.1
     * @param dir  its working folder, where its log goes
     * @return the running server
     */
    static PrivateRedis start(int port, Path dir) {
        PrivateRedis redis = new PrivateRedis(port, dir);
        redis.start();
        return redis;
    }

    /** @return its URL, as {@code REDIS_URL} names it */
    String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** Starts the server again after {@link #stop()}, and waits until it answers. */
    void start() {
        try {
            Files.createDirectories(dir);
            process = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no", "--dir", dir.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("redis.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start redis-server (is it on the PATH?)", e);
        }
        Instant deadline = Instant.now().plusSeconds(10);
        while (!answers()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("redis-server on port " + port + " did not answer; see " + dir.resolve("redis.log"));
            }
            pause(Duration.ofMillis(20));
        }
    }

    /** Stops the server as a platform would, with SIGTERM, and waits until it has exited. */
    void stop() {
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

    /** @return whether it answers PING now */
    boolean answers() {
        try (Jedis jedis = new Jedis("127.0.0.1", port, 500)) {
            return "PONG".equals(jedis.ping());
        } catch (JedisException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            stop();
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
