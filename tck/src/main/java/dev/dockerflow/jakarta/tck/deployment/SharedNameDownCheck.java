package dev.dockerflow.jakarta.tck.deployment;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import jakarta.enterprise.context.ApplicationScoped;

/** A liveness check that is DOWN under the name {@code shared}, which {@link SharedNameUpCheck} answers too. */
@Liveness
@ApplicationScoped
public class SharedNameDownCheck implements HealthCheck {
    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("shared").withData("connections", 0).status(false).build();
    }
}
