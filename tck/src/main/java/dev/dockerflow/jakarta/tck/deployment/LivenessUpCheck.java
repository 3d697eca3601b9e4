package dev.dockerflow.jakarta.tck.deployment;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import jakarta.enterprise.context.ApplicationScoped;

/** A liveness check that is UP. */
@Liveness
@ApplicationScoped
public class LivenessUpCheck implements HealthCheck {
    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("memory").status(true).build();
    }
}
