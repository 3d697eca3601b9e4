package dev.dockerflow.jakarta.internal.summary;

import dev.dockerflow.jakarta.internal.requestid.RequestIdBinding;
import dev.dockerflow.jakarta.internal.requestid.TraceParent;
import dev.dockerflow.jakarta.internal.config.DockerflowConfig;
import dev.dockerflow.jakarta.internal.cdi.LazyBean;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * Takes the request id from the configured header, or makes one, before any other filter runs; binds
 * it, with the trace id of a valid {@code traceparent}, to the thread for the mozlog formatter and
 * echoes the request id (never the trace) in the response. Its response side runs last
 * of all response filters (lowest priority), after request.summary has been written, and ends the
 * binding wherever it is, the request's thread included when the response was written on another.
 */
@PreMatching
@Priority(RequestIdFilter.PRIORITY)
public final class RequestIdFilter implements ContainerRequestFilter, ContainerResponseFilter {

    /** Before authentication and every application filter. */
    public static final int PRIORITY = 0;

    /** The request property holding the id, for the other Dockerflow filters. */
    public static final String PROPERTY = RequestIdBinding.class.getName() + ".id";

    /**
     * The request property holding the id's binding, which the response side ends on whichever thread, and
     * {@link RequestIdRebindFilter} binds on the resource method's thread.
     */
    static final String BINDING = RequestIdBinding.class.getName();

    private final LazyBean<DockerflowConfig> config = new LazyBean<>(DockerflowConfig.class);

    @Override
    public void filter(ContainerRequestContext request) {
        String id = RequestIdBinding.from(request.getHeaderString(config.get().requestIdHeader()));
        request.setProperty(PROPERTY, id);
        String traceId = TraceParent.traceId(request.getHeaderString(TraceParent.HEADER));
        request.setProperty(BINDING, RequestIdBinding.bind(id, traceId));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(PROPERTY);
        if (id != null) {
            response.getHeaders().putSingle(config.get().requestIdHeader(), id);
        }
        // An asynchronous resource's response may be written on another thread than the request's: ending
        // the binding clears it there too, and in every task it was carried into. That thread may be serving
        // another request, which resumed this one: its own binding stays.
        if (request.getProperty(BINDING) instanceof RequestIdBinding binding) {
            binding.end();
            if (RequestIdBinding.bound() == binding) {
                RequestIdBinding.unbind();
            }
        } else {
            RequestIdBinding.unbind();
        }
    }
}
