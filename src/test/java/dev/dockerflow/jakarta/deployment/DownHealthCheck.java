package dev.dockerflow.jakarta.deployment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** A health check answering DOWN with the data {@code {disk: full, free: 0}}; a subclass gives its name and its kind's qualifier. */
public abstract class DownHealthCheck implements HealthCheck {
    private final String name;

    protected DownHealthCheck(String name) {
        this.name = name;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("disk", "full");
        data.put("free", 0);
        return new HealthCheckResponse(name, HealthCheckResponse.Status.DOWN, Optional.of(data));
    }
}
