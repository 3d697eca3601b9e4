package dev.dockerflow.jakarta.deployment;

import java.util.concurrent.CompletableFuture;

import dev.dockerflow.jakarta.heartbeat.HeartbeatFailed;
import dev.dockerflow.jakarta.heartbeat.HeartbeatPassed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;

/** Completes with the first heartbeat event of each kind its asynchronous observers receive. */
@ApplicationScoped
public class AsyncEventRecorder {
    private final CompletableFuture<HeartbeatPassed> passed = new CompletableFuture<>();
    private final CompletableFuture<HeartbeatFailed> failed = new CompletableFuture<>();

    void onPassed(@ObservesAsync HeartbeatPassed event) {
        passed.complete(event);
    }

    void onFailed(@ObservesAsync HeartbeatFailed event) {
        failed.complete(event);
    }

    /** @return the first asynchronous HeartbeatPassed event, once one arrives */
    public CompletableFuture<HeartbeatPassed> passed() {
        return passed;
    }

    /** @return the first asynchronous HeartbeatFailed event, once one arrives */
    public CompletableFuture<HeartbeatFailed> failed() {
        return failed;
    }
}
