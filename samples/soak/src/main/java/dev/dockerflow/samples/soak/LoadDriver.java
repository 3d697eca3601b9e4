package dev.dockerflow.samples.soak;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Paced load from a fixed number of connections: each sends a request every {@code interval} on its own
 * path rotation, or as soon as the last one is answered when that took longer, every request with a
 * fresh {@code X-Request-ID}. Paced rather than as fast as the server answers, as real traffic comes:
 * a server driven past its capacity queues every request, and its latencies then say nothing but that.
 * Bounded in time and in count.
 */
final class LoadDriver {

    /** Every connection stops after this many requests, whatever the time left. */
    static final int MAX_REQUESTS_PER_CONNECTION = 2_000_000;

    private final URI base;
    private final List<List<String>> rotations;
    private final long intervalNanos;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /**
     * @param base      the service's root
     * @param rotations one list of paths per connection, asked for in turn
     * @param interval  how often each connection sends a request
     */
    LoadDriver(URI base, List<List<String>> rotations, Duration interval) {
        this.base = base;
        this.rotations = rotations;
        this.intervalNanos = interval.toNanos();
    }

    /**
     * Runs the load.
     *
     * @param duration how long every connection keeps sending
     * @return every request's outcome
     */
    List<Outcome> run(Duration duration) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService connections = Executors.newFixedThreadPool(rotations.size());
        List<Future<List<Outcome>>> running = new ArrayList<>();
        try {
            for (List<String> rotation : rotations) {
                running.add(connections.submit(() -> connection(rotation, end)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<List<Outcome>> connection : running) {
                try {
                    outcomes.addAll(connection.get(duration.toSeconds() + 120, TimeUnit.SECONDS));
                } catch (Exception e) {
                    throw new IllegalStateException("a load connection failed", e);
                }
            }
            return outcomes;
        } finally {
            connections.shutdownNow();
        }
    }

    private List<Outcome> connection(List<String> rotation, long end) {
        List<Outcome> outcomes = new ArrayList<>();
        long next = System.nanoTime();
        for (int i = 0; i < MAX_REQUESTS_PER_CONNECTION && next - end < 0; i++) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            outcomes.add(send(rotation.get(i % rotation.size())));
            // Behind schedule after a slow answer: go on from now rather than send a burst to catch up.
            next = Math.max(next + intervalNanos, System.nanoTime());
        }
        return outcomes;
    }

    private Outcome send(String path) {
        String requestId = UUID.randomUUID().toString();
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("X-Request-ID", requestId)
                .GET()
                .build();
        long start = System.nanoTime();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return new Outcome(path, response.statusCode(), start, System.nanoTime(), requestId, null);
        } catch (IOException e) {
            return new Outcome(path, 0, start, System.nanoTime(), requestId, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(path, 0, start, System.nanoTime(), requestId, "interrupted");
        }
    }
}
