package dev.dockerflow.jakarta.internal.summary;

import dev.dockerflow.jakarta.internal.requestid.RequestIdBinding;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

/**
 * Binds the request's id again, once the request is matched, on the thread that runs the application's
 * filters and resource method. Most runtimes run them on the thread that ran the pre-matching filters,
 * where {@link RequestIdFilter} bound it, and this changes nothing; Quarkus REST runs pre-matching filters
 * on its I/O thread and a blocking resource method on a worker thread, whose log lines, and the tasks it
 * hands to a managed executor, would otherwise carry no id.
 */
@Priority(RequestIdFilter.PRIORITY)
public final class RequestIdRebindFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getProperty(RequestIdFilter.BINDING) instanceof RequestIdBinding binding) {
            RequestIdBinding.rebind(binding);
        }
    }
}
