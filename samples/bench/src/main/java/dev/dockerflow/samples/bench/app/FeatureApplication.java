package dev.dockerflow.samples.bench.app;

import java.util.Set;

import dev.dockerflow.jakarta.DockerflowFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The measured variant: the business endpoint with {@link DockerflowFeature}, which adds the Dockerflow
 * endpoints, the request id and one request.summary record per request. Only {@code bench.war} holds
 * this class; {@code bench-plain.war} holds {@link PlainApplication} instead, so that the two
 * deployments differ by nothing but the feature.
 */
@ApplicationScoped
@ApplicationPath("/")
public class FeatureApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(DockerflowFeature.class, ItemResource.class);
    }
}
