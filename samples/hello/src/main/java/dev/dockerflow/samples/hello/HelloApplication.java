package dev.dockerflow.samples.hello;

import java.util.Set;

import dev.dockerflow.jakarta.DockerflowFeature;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The service: its own resource, and the Dockerflow endpoints. */
@ApplicationPath("/")
public class HelloApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(DockerflowFeature.class, HelloResource.class);
    }
}
