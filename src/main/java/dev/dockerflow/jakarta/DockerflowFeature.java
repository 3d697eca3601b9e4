package dev.dockerflow.jakarta;

import dev.dockerflow.jakarta.internal.endpoint.DockerflowEndpointsFilter;
import dev.dockerflow.jakarta.internal.summary.RequestIdFilter;
import dev.dockerflow.jakarta.internal.summary.RequestIdRebindFilter;
import dev.dockerflow.jakarta.internal.summary.RequestSummaryFilter;
import dev.dockerflow.jakarta.internal.summary.UnhandledExceptionMapper;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Makes a Jakarta REST application a Dockerflow service. Return it from your {@code Application}:
 *
 * <pre>{@code
 * @ApplicationPath("/")
 * public class MyApplication extends Application {
 *     public Set<Class<?>> getClasses() {
 *         return Set.of(DockerflowFeature.class, NotesResource.class);
 *     }
 * }
 * }</pre>
 *
 * <p>It brings {@code /__version__}, {@code /__heartbeat__}, {@code /__lbheartbeat__} and, when
 * enabled, {@code /__error__}, at the root of the application; a {@code request.summary} record for
 * every request; the request id, read from the caller and echoed; and a plain 500 for exceptions the
 * application does not map.
 *
 * <p>The endpoints are served by a pre-matching request filter rather than by resource classes:
 * resource classes registered from a {@code Feature} are honoured by Jersey but ignored by RESTEasy,
 * whereas providers registered here are honoured by every Jakarta REST runtime.
 */
public class DockerflowFeature implements Feature {

    /** The feature; Jakarta REST creates it from the class the {@code Application} returns. */
    public DockerflowFeature() {
    }

    /**
     * Registers the Dockerflow endpoints.
     *
     * @param context the application's configuration
     * @return {@code true}: the feature is always enabled
     */
    @Override
    public boolean configure(FeatureContext context) {
        context.register(new RequestIdFilter());
        context.register(new RequestIdRebindFilter());
        context.register(new RequestSummaryFilter());
        context.register(new DockerflowEndpointsFilter());
        context.register(new UnhandledExceptionMapper());
        return true;
    }
}
