package dev.dockerflow.jakarta.deployment;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** A passing check {@code counting} that counts its runs, to show when a check is (not) run. */
@ApplicationScoped
@Named("counting")
public class CountingCheck implements DockerflowCheck {
    private final AtomicInteger runs = new AtomicInteger();

    /** @return how many times the check has run in this deployment */
    public int runs() {
        return runs.get();
    }

    @Override
    public List<CheckMessage> check() {
        runs.incrementAndGet();
        return List.of();
    }
}
