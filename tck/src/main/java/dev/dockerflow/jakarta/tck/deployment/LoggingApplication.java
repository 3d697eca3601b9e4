package dev.dockerflow.jakarta.tck.deployment;

import java.util.Set;

import dev.dockerflow.jakarta.DockerflowFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The root application with a resource that logs. */
@ApplicationScoped
@ApplicationPath("/")
public class LoggingApplication extends Application {
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(DockerflowFeature.class, TckResource.class, LoggingResource.class);
    }
}
