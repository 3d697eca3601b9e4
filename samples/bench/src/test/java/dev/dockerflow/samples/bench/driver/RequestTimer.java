package dev.dockerflow.samples.bench.driver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Times single requests, one at a time, on one kept-alive connection: the wall time a prober sees,
 * from sending the request to having read the whole body. For the heartbeat cases, where each request
 * takes hundreds of milliseconds and the question is how long one takes, not how many fit in a second,
 * a plain Java client is enough and wrk's closed loop would only add concurrent heartbeats.
 */
final class RequestTimer {

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final Duration timeout;

    /** @param timeout the longest a request may take before it counts as failed */
    RequestTimer(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * Sends one GET and checks its answer.
     *
     * @param uri      what to get
     * @param expected what the answer must be
     * @return how long the request took, in milliseconds
     * @throws BenchFailure when it failed, timed out or answered something else
     */
    double time(URI uri, ExpectedBody expected) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        try {
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            double millis = (System.nanoTime() - start) / 1e6;
            expected.verify(response.statusCode(), response.body());
            return millis;
        } catch (IOException e) {
            throw new BenchFailure("GET " + uri + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted");
        }
    }
}
