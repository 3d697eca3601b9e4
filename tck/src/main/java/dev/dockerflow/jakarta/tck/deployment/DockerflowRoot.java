package dev.dockerflow.jakarta.tck.deployment;

import java.util.Set;

import dev.dockerflow.jakarta.DockerflowFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The README's second, tiny application at the root that carries only the feature, beside {@link NotesApi}. */
@ApplicationScoped
@ApplicationPath("/")
public class DockerflowRoot extends Application {
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(DockerflowFeature.class, TckResource.class);
    }
}
