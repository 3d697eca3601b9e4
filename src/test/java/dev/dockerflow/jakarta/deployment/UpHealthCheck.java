package dev.dockerflow.jakarta.deployment;

import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** A health check answering UP with the data {@code {uptime: 42}}; a subclass gives its name and its kind's qualifier. */
public abstract class UpHealthCheck implements HealthCheck {
    private final String name;

    protected UpHealthCheck(String name) {
        this.name = name;
    }

    @Override
    public HealthCheckResponse call() {
        return new HealthCheckResponse(name, HealthCheckResponse.Status.UP, Optional.of(Map.of("uptime", 42)));
    }
}
