package dev.dockerflow.jakarta.deployment;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * A health check that cannot answer its first call, as none can on Payara Micro while the application
 * deploys, and answers UP under its name from then on; it counts its calls. A subclass gives the name
 * and its kind's qualifier.
 */
public abstract class LateHealthCheck implements HealthCheck {
    private final String name;
    private final AtomicInteger calls = new AtomicInteger();

    protected LateHealthCheck(String name) {
        this.name = name;
    }

    /** @return how many times the check has been called in this deployment */
    public int calls() {
        return calls.get();
    }

    @Override
    public HealthCheckResponse call() {
        if (calls.getAndIncrement() == 0) {
            throw new IllegalStateException("This web container has not yet been started");
        }
        return new HealthCheckResponse(name, HealthCheckResponse.Status.UP, Optional.empty());
    }
}
