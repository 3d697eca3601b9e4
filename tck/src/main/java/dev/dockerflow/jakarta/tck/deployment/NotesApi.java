package dev.dockerflow.jakarta.tck.deployment;

import java.util.Set;

import dev.dockerflow.jakarta.DockerflowFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** An application's API under {@code /api}, with the feature registered so its requests are summarised. */
@ApplicationScoped
@ApplicationPath("api")
public class NotesApi extends Application {
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(DockerflowFeature.class, NotesResource.class);
    }
}
