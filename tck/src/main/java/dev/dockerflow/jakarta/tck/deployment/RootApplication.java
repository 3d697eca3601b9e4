package dev.dockerflow.jakarta.tck.deployment;

import java.util.Set;

import dev.dockerflow.jakarta.DockerflowFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The application most scenarios deploy: the feature at the root, as the README shows, and the kit's resource. */
@ApplicationScoped
@ApplicationPath("/")
public class RootApplication extends Application {
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(DockerflowFeature.class, TckResource.class);
    }
}
