package dev.dockerflow.samples.notes.checks;

import dev.dockerflow.samples.notes.storage.SchemaMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * A MicroProfile Health readiness check, {@code notes-schema}: ready once the schema is migrated. The
 * runtime's {@code /health/ready} reports it, and the library's bridge makes it a heartbeat check too.
 * It answers at once from what the migration remembers; when not ready, it has the migration tried
 * again in the background.
 */
@Readiness
@ApplicationScoped
public class SchemaReadiness implements HealthCheck {

    @Inject
    SchemaMigration migration;

    @Override
    public HealthCheckResponse call() {
        return migration.problem()
                .map(problem -> {
                    migration.retryInBackground();
                    return HealthCheckResponse.named("notes-schema").down().withData("error", problem).build();
                })
                .orElseGet(() -> HealthCheckResponse.up("notes-schema"));
    }
}
