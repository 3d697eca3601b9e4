package dev.dockerflow.jakarta.tck.deployment;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/** A readiness check that is DOWN, with data. */
@Readiness
@ApplicationScoped
public class ReadinessDownCheck implements HealthCheck {
    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("backend").withData("connections", 0).status(false).build();
    }
}
