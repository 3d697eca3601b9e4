package dev.dockerflow.samples.bench.app;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The baseline variant: the same business endpoint without {@code DockerflowFeature}, and a bare
 * {@link BareLbHeartbeat} resource to hold the feature's {@code /__lbheartbeat__} against. Only
 * {@code bench-plain.war} holds this class (see {@link FeatureApplication}).
 */
@ApplicationScoped
@ApplicationPath("/")
public class PlainApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ItemResource.class, BareLbHeartbeat.class);
    }
}
