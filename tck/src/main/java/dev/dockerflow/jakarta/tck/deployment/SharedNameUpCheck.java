package dev.dockerflow.jakarta.tck.deployment;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/** A readiness check that is UP under the name {@code shared}, which {@link SharedNameDownCheck} answers too. */
@Readiness
@ApplicationScoped
public class SharedNameUpCheck implements HealthCheck {
    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("shared").status(true).build();
    }
}
