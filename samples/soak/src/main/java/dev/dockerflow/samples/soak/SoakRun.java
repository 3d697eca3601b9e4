package dev.dockerflow.samples.soak;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.dockerflow.samples.smoke.SampleProcess;
import dev.dockerflow.samples.smoke.SmokeHttp;

/**
 * One soak of the notes service on its runtime: starts a Redis of its own and an upstream that never
 * answers, starts the service from its {@code /app} folder with both configured, runs the mixed load
 * (after {@value #WARMUP_SECONDS} s of the same load to warm the server up), stops Redis at 45% of the
 * run and starts it again at 55%, reads the server's gauges after 20% of the run and at the end, stops
 * the service and reads its stdout.
 *
 * <p>The upstream check ({@code notes-upstream}) hangs on every run; the heartbeat answers at its
 * deadline with the check timed out. That time-out's id is silenced, so that the heartbeat's status
 * says whether Redis is up and nothing else: what the run shows about the hang is that every heartbeat
 * still answers within its deadline.
 *
 * @param appDir      the folder laid out as the image's {@code /app}
 * @param output      where the logs and the report go
 * @param port        the service's port on loopback
 * @param redisPort   the soak's Redis port on loopback
 * @param duration    how long the load runs
 * @param connections how many connections send it
 * @param rate        requests per second that all connections together send, at most
 * @param timeoutMillis the heartbeat's {@code dockerflow.heartbeat.timeout}
 */
record SoakRun(Path appDir, Path output, int port, int redisPort, Duration duration, int connections, int rate,
               long timeoutMillis) {

    /** One connection in this many asks for the heartbeat, as the platform's probes would. */
    static final int HEARTBEAT_EVERY = 8;

    /**
     * Seconds of load before the run proper, while the server's JIT compiles the paths the load takes;
     * their requests are held to every rule but the heartbeat's time bound.
     */
    static final int WARMUP_SECONDS = 10;

    /** @return the soak's outcome */
    SoakReport run() throws InterruptedException {
        try (PrivateRedis redis = PrivateRedis.start(redisPort, output.resolve("redis"));
             BlackHole upstream = BlackHole.open()) {
            SampleProcess sample = SampleProcess.start(appDir, Map.of(
                    "PORT", Integer.toString(port),
                    "DATABASE_URL", "",
                    "REDIS_URL", redis.url(),
                    "UPSTREAM_URL", upstream.url(),
                    "DOCKERFLOW_HEARTBEAT_TIMEOUT", Long.toString(timeoutMillis),
                    "DOCKERFLOW_SILENCED_CHECKS", "dockerflow.heartbeat.E001"), output.resolve("sample"));
            try {
                return load(sample, redis, upstream);
            } finally {
                if (sample.isAlive()) {
                    sample.stop(60);
                }
            }
        }
    }

    private SoakReport load(SampleProcess sample, PrivateRedis redis, BlackHole upstream) throws InterruptedException {
        SmokeHttp http = new SmokeHttp(port);
        sample.awaitHealthy(http, Duration.ofMinutes(3));
        HttpResponse<String> note = http.postJson("notes", "{\"text\": \"soak\"}");
        if (note.statusCode() != 201) {
            throw new IllegalStateException("could not create the note the load reads: " + note.statusCode() + " " + note.body());
        }
        String notePath = "notes/" + SmokeHttp.json(note.body()).path("id").asLong();
        ServerGauges before = ServerGauges.read(sample.pid());

        long warmup = TimeUnit.SECONDS.toMillis(WARMUP_SECONDS);
        long millis = duration.toMillis();
        Faults faults = new Faults();
        ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor();
        List<ScheduledFuture<?>> planned = new ArrayList<>();
        List<Outcome> outcomes;
        long measuredFrom;
        try {
            planned.add(schedule.schedule(() -> {
                faults.warmReadFrom = System.nanoTime();
                faults.warm = ServerGauges.read(sample.pid());
                faults.warmReadUntil = System.nanoTime();
            }, warmup + millis / 5, TimeUnit.MILLISECONDS));
            planned.add(schedule.schedule(() -> {
                faults.redisDownAt = System.nanoTime();
                redis.stop();
            }, warmup + millis * 45 / 100, TimeUnit.MILLISECONDS));
            planned.add(schedule.schedule(() -> {
                redis.start();
                faults.redisUpAt = System.nanoTime();
            }, warmup + millis * 55 / 100, TimeUnit.MILLISECONDS));
            measuredFrom = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(warmup);
            outcomes = new LoadDriver(http.base(), rotations(notePath),
                    Duration.ofNanos(TimeUnit.SECONDS.toNanos(connections) / rate)).run(duration.plusMillis(warmup));
            for (ScheduledFuture<?> fault : planned) {
                fault.get(60, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("a planned fault or reading failed", e);
        } finally {
            schedule.shutdownNow();
        }
        ServerGauges end = ServerGauges.read(sample.pid());
        int upstreamOpen = upstream.stillOpen();
        int upstreamAccepted = upstream.accepted();
        boolean stopped = sample.stop(60);
        return new SoakReport(this, measuredFrom, outcomes, SummaryLines.read(sample.stdoutFile()), before, faults.warm, end,
                faults.redisDownAt, faults.redisUpAt, faults.warmReadFrom, faults.warmReadUntil, upstreamAccepted, upstreamOpen, stopped);
    }

    /** What the scheduled steps found, read once they are all done. */
    private static final class Faults {
        volatile ServerGauges warm;
        // The reading forces a full collection, which pauses the server: the soak's doing, not the service's
        volatile long warmReadFrom;
        volatile long warmReadUntil;
        volatile long redisDownAt;
        volatile long redisUpAt;
    }

    // Every eighth connection probes the heartbeat; the others rotate through the business endpoint
    // (twice), /__lbheartbeat__ and /__version__, each starting at another place in the rotation.
    private List<List<String>> rotations(String notePath) {
        List<String> mix = List.of(notePath, "__lbheartbeat__", notePath, "__version__");
        List<List<String>> rotations = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            if (i % HEARTBEAT_EVERY == 0) {
                rotations.add(List.of("__heartbeat__"));
            } else {
                List<String> rotation = new ArrayList<>(mix.subList(i % mix.size(), mix.size()));
                rotation.addAll(mix.subList(0, i % mix.size()));
                rotations.add(List.copyOf(rotation));
            }
        }
        return rotations;
    }
}
