package dev.dockerflow.jakarta.tck;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/** The scenarios' HTTP client: plain HTTP/1.1 requests to the deployed application, JSON read with JSON-P. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            // HTTP/1.1 only: some embedded servers answer the h2c upgrade that HttpClient offers by default
            // without the response's Content-Type.
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private Http() {
    }

    /**
     * Sends a GET to the deployment.
     *
     * @param base the deployment's URL, as Arquillian gives it
     * @param path a path relative to it, such as {@code __heartbeat__}
     * @param headers header names and values, alternately
     * @return the response, its body as text
     */
    public static HttpResponse<String> get(URL base, String path, String... headers) {
        return send("GET", base, path, headers);
    }

    /**
     * Sends a GET to any URI.
     *
     * @param uri an absolute URI, such as a runtime's own health endpoint
     * @return the response to a GET, its body as text
     */
    public static HttpResponse<String> get(URI uri) {
        return exchange(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET(), "GET " + uri);
    }

    /**
     * Sends a request with no body to the deployment.
     *
     * @param method the request method
     * @param base the deployment's URL
     * @param path a path relative to it
     * @param headers header names and values, alternately
     * @return the response, its body as text
     */
    public static HttpResponse<String> send(String method, URL base, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(base, path))
                .timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return exchange(request, method + " " + path);
    }

    private static HttpResponse<String> exchange(HttpRequest.Builder request, String what) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * The absolute URI of a path of the deployment.
     *
     * @param base the deployment's URL
     * @param path a path relative to it, possibly with a query
     * @return the absolute URI
     */
    public static URI resolve(URL base, String path) {
        try {
            return base.toURI().resolve(path);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(base.toString(), e);
        }
    }

    /**
     * Where the runtime serves its own MicroProfile Health endpoint: the system property
     * {@code dockerflow.tck.health-url}, an absolute URL or a path on the deployment's host and port,
     * {@code /health} by default.
     *
     * @param base the deployment's URL
     * @return the health endpoint's URI
     */
    public static URI runtimeHealth(URL base) {
        String health = System.getProperty("dockerflow.tck.health-url", "");
        return resolve(base, health.isBlank() ? "/health" : health);
    }

    /**
     * What a server sends after the head of its answer to HEAD, read from the socket: an HTTP client
     * drops it, since a HEAD response has no body by definition. Once the head has arrived, reading stops
     * when the server closes the connection or has sent nothing more for {@link #AFTER_HEAD_WAIT_MS}: a
     * server may keep the connection open whatever the request's {@code Connection: close} says
     * (Helidon), and a body sent by mistake follows its head at once.
     *
     * @param base the deployment's URL
     * @param path a path relative to it
     * @return the bytes after the blank line that ends the head, as ISO-8859-1 text
     */
    public static String afterHeadOfHead(URL base, String path) {
        URI uri = resolve(base, path);
        int port = uri.getPort() < 0 ? 80 : uri.getPort();
        try (Socket socket = new Socket(uri.getHost(), port)) {
            socket.setSoTimeout(30_000);
            String request = "HEAD " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + port
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int end = -1;
            try {
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    answer.write(buffer, 0, read);
                    if (end < 0) {
                        end = answer.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");
                        if (end >= 0) {
                            socket.setSoTimeout(AFTER_HEAD_WAIT_MS);
                        }
                    }
                }
            } catch (SocketTimeoutException e) {
                if (end < 0) {
                    throw new UncheckedIOException("no complete head in the answer to HEAD " + path, e);
                }
                // The server kept the connection open and sent nothing more: the answer is complete.
            }
            String text = answer.toString(StandardCharsets.ISO_8859_1);
            if (end < 0) {
                throw new IllegalStateException("no complete head in the answer to HEAD " + path + ": " + text);
            }
            return text.substring(end + 4);
        } catch (IOException e) {
            throw new UncheckedIOException("HEAD " + path, e);
        }
    }

    /** How long {@link #afterHeadOfHead} waits for more bytes once the head has arrived. */
    static final int AFTER_HEAD_WAIT_MS = 2_000;

    /**
     * Parses a response's body.
     *
     * @param response a response with a JSON body
     * @return the body, parsed
     */
    public static JsonValue json(HttpResponse<String> response) {
        return parse(response.body());
    }

    /**
     * A JSON document written with single quotes, which read better in Java text blocks.
     *
     * @param singleQuoted the document, with {@code '} for {@code "}
     * @return the document, parsed
     */
    public static JsonValue expected(String singleQuoted) {
        return parse(singleQuoted.replace('\'', '"'));
    }

    /**
     * Parses a JSON document.
     *
     * @param text a JSON document
     * @return its value
     */
    public static JsonValue parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    /**
     * The request.summary records the deployment's {@code SummaryRecorder} kept, as parsed mozlog lines.
     *
     * @param base the deployment's URL
     * @return the records, oldest first
     */
    public static List<JsonObject> summaries(URL base) {
        return recordedLines(base, "tck/summaries");
    }

    /**
     * The lines the deployment's own beans logged on {@code tck.application}, as the deployment's
     * {@code SummaryRecorder} kept them, parsed.
     *
     * @param base the deployment's URL
     * @return the lines, oldest first
     */
    public static List<JsonObject> applicationLines(URL base) {
        return recordedLines(base, "tck/application-lines");
    }

    /**
     * The lines the deployment's {@code MozlogToStdout} handler wrote to stdout, parsed.
     *
     * @param base the deployment's URL
     * @return the lines, oldest first
     */
    public static List<JsonObject> stdoutLines(URL base) {
        return recordedLines(base, "tck/stdout-lines");
    }

    /**
     * The library's own {@code MozlogHandler} on the named loggers, as the deployment's
     * {@code InstalledMozlogHandler} sees it; from then on it keeps the lines that handler writes.
     *
     * @param base the deployment's URL
     * @param loggers logger names
     * @return per logger name: {@code handlers}, the identities of the library's handlers on it, and
     *     {@code useParentHandlers}
     */
    public static JsonObject installedHandlers(URL base, String... loggers) {
        String query = Stream.of(loggers).map(logger -> "logger=" + URLEncoder.encode(logger, StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = get(base, "tck/installed-handlers?" + query);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("tck/installed-handlers answered " + response.statusCode() + ": "
                    + response.body());
        }
        return json(response).asJsonObject();
    }

    /**
     * The lines the library's own {@code MozlogHandler} wrote to stdout since {@link #installedHandlers}
     * first looked at it, parsed.
     *
     * @param base the deployment's URL
     * @return the lines, oldest first
     */
    public static List<JsonObject> installedHandlerLines(URL base) {
        return recordedLines(base, "tck/installed-handler-lines");
    }

    private static List<JsonObject> recordedLines(URL base, String path) {
        HttpResponse<String> response = get(base, path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json(response).asJsonArray().stream().map(line -> parse(((jakarta.json.JsonString) line).getString()))
                .map(JsonValue::asJsonObject)
                .toList();
    }

    /**
     * The one request.summary record of the request that carried the given request id.
     *
     * @param base the deployment's URL
     * @param requestId the {@code X-Request-ID} the request sent
     * @return its record
     */
    public static JsonObject summaryOf(URL base, String requestId) {
        List<JsonObject> matching = summaries(base).stream()
                .filter(line -> requestId.equals(line.getJsonObject("Fields").getString("rid", null)))
                .toList();
        if (matching.size() != 1) {
            throw new AssertionError("expected one request.summary with rid " + requestId + ", got " + matching);
        }
        return matching.get(0);
    }
}
