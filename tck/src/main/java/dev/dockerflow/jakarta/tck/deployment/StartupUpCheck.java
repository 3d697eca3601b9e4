package dev.dockerflow.jakarta.tck.deployment;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

import jakarta.enterprise.context.ApplicationScoped;

/** A startup check that is UP. */
@Startup
@ApplicationScoped
public class StartupUpCheck implements HealthCheck {
    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("warmup").status(true).build();
    }
}
