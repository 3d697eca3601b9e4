package dev.dockerflow.jakarta.internal.heartbeat;

import dev.dockerflow.jakarta.internal.heartbeat.CheckRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/**
 * Reads the configuration and resolves the checks as the application starts, so an invalid value or
 * an unknown check name fails the deployment rather than the first probe.
 */
@ApplicationScoped
class StartupValidation {

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event, CheckRegistry registry) {
        registry.selected();
    }
}
