package dev.dockerflow.jakarta.tck.deployment;

import java.util.Set;

import dev.dockerflow.jakarta.DockerflowFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The README's recipe for an API under {@code /api} that holds on every runtime: one application at the
 * root carrying the feature, its API's resources under {@code @Path("api/...")}.
 */
@ApplicationScoped
@ApplicationPath("/")
public class ApiRootApplication extends Application {
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(DockerflowFeature.class, TckResource.class, ApiNotesResource.class);
    }
}
