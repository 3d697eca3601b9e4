package dev.dockerflow.samples.smoke;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The smoke test's HTTP client, on loopback. Every request carries a fresh {@code X-Request-ID}, and
 * the ids are remembered, so that the test can find each request's request.summary line afterwards.
 */
public final class SmokeHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final List<String> requestIds = new CopyOnWriteArrayList<>();

    /** @param port the sample's port on 127.0.0.1 */
    public SmokeHttp(int port) {
        this.base = URI.create("http://127.0.0.1:" + port + "/");
    }

    /** @return the sample's root */
    public URI base() {
        return base;
    }

    /** @return the request ids sent so far, one per request */
    public List<String> requestIds() {
        return List.copyOf(requestIds);
    }

    /**
     * A GET, as bytes.
     *
     * @param path    relative to the root
     * @param headers adds headers to the request
     * @return the response
     */
    public HttpResponse<byte[]> get(String path, UnaryOperator<HttpRequest.Builder> headers) {
        return send(headers.apply(request(path).GET()), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * A GET, as text.
     *
     * @param path relative to the root
     * @return the response
     */
    public HttpResponse<String> get(String path) {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A POST of a JSON body.
     *
     * @param path relative to the root
     * @param json the body
     * @return the response
     */
    public HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A GET the runtime may answer itself, before the application (an encoded slash, say), so that the
     * request may have no request.summary line: its id is not remembered.
     *
     * @param path relative to the root
     * @return the status
     */
    public int getUnsummarised(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * A GET that waits at most a little, for polling a sample that is starting, with no request id of
     * the test's.
     *
     * @param path relative to the root
     * @return the status, or -1 when nothing answered
     */
    public int probe(String path) {
        try {
            return client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * @param body a JSON text
     * @return it, parsed
     */
    public static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private HttpRequest.Builder request(String path) {
        String id = UUID.randomUUID().toString();
        requestIds.add(id);
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).header("X-Request-ID", id);
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request.build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
