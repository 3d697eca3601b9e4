package dev.dockerflow.samples.notes.checks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code notes-upstream}: the service another one depends on, named by {@code UPSTREAM_URL}
 * ({@code upstream.url}), typically that service's {@code /__lbheartbeat__}. An error unless it
 * answers 2xx. The heartbeat runs it only when the URL is set ({@code EnvironmentDefaults}).
 *
 * <p>The heartbeat's {@code dockerflow.heartbeat.timeout} bounds every check and interrupts this one when
 * it passes, which cancels the request: an upstream that accepts the connection and never answers is
 * reported as the heartbeat's time-out, and leaves no request or connection behind. The request's own
 * timeout, a second past the heartbeat's, is there in case the interrupt never comes.
 */
@ApplicationScoped
@Named(UpstreamCheck.NAME)
public class UpstreamCheck implements DockerflowCheck {

    /** The check's name in the heartbeat. */
    public static final String NAME = "notes-upstream";

    @Inject
    @ConfigProperty(name = "upstream.url")
    Optional<URI> url;

    @Inject
    @ConfigProperty(name = "dockerflow.heartbeat.timeout", defaultValue = "800")
    long heartbeatTimeoutMillis;

    // Built only when there is an upstream: a client starts a thread of its own.
    private HttpClient client;

    @PostConstruct
    void connect() {
        if (url.isPresent()) {
            client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
    }

    @Override
    public List<CheckMessage> check() throws InterruptedException {
        if (url.isEmpty()) {
            return List.of();
        }
        HttpRequest request = HttpRequest.newBuilder(url.get())
                .timeout(Duration.ofMillis(heartbeatTimeoutMillis + 1000))
                .GET()
                .build();
        CompletableFuture<HttpResponse<Void>> answer = client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            HttpResponse<Void> response = answer.get();
            if (response.statusCode() / 100 != 2) {
                return List.of(CheckMessage.error("notes.E002", "the upstream answered " + response.statusCode()));
            }
            return List.of();
        } catch (InterruptedException e) {
            answer.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            return List.of(CheckMessage.error("notes.E003", "the upstream cannot be reached: " + e.getCause()));
        }
    }
}
