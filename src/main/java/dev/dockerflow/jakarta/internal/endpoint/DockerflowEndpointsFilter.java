package dev.dockerflow.jakarta.internal.endpoint;

import dev.dockerflow.jakarta.internal.cdi.LazyBean;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Answers the Dockerflow paths before resource matching, so they exist whatever resources the
 * application has. It runs after authentication filters ({@link Priorities#USER}), which the
 * {@code authorized} details mode relies on. Responses it produces still pass through the
 * application's response filters.
 *
 * <p>The heartbeat waits for its checks on the request's thread, as every request filter works, except
 * where the runtime calls pre-matching filters on a thread that must not wait (Quarkus REST, on its
 * I/O thread): there the request is suspended until the heartbeat is done ({@link SuspendableRequest}).
 *
 * <p>It reaches the library's CDI beans through {@link LazyBean}.
 */
@PreMatching
@Priority(Priorities.USER)
public final class DockerflowEndpointsFilter implements ContainerRequestFilter {

    private static final String ALLOWED = HttpMethod.GET + ", " + HttpMethod.HEAD;
    private static final String METHOD_NOT_ALLOWED_BODY = "{\"status\":405,\"error\":\"method not allowed\"}";

    private final LazyBean<DockerflowEndpoints> endpoints = new LazyBean<>(DockerflowEndpoints.class);

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        if (!path.startsWith("__")) {
            return;
        }
        Response response = switch (path) {
            case "__lbheartbeat__" -> allowed(request) ? endpoints().lbheartbeat() : notAllowed();
            case "__version__" -> allowed(request) ? endpoints().version() : notAllowed();
            case "__heartbeat__" -> allowed(request) ? heartbeat(request) : notAllowed();
            case "__error__" -> errorEndpoint(request);
            default -> null;
        };
        if (response != null) {
            // HEAD too gets GET's response, body included: the container sends its headers, Content-Length
            // among them, and no body. A response without a body would be a different one: Payara turns an
            // error status without a body into its HTML error page, WildFly sends Content-Length: 0.
            request.abortWith(response);
        }
    }

    /** @return the heartbeat's response, or null when the request was suspended to be answered later */
    private Response heartbeat(ContainerRequestContext request) {
        if (SuspendableRequest.supports(request)) {
            SuspendableRequest.answerLater(request, endpoints().heartbeatLater(request.getSecurityContext()));
            return null;
        }
        return endpoints().heartbeat(request.getSecurityContext());
    }

    private Response errorEndpoint(ContainerRequestContext request) {
        if (!endpoints().errorEndpointEnabled()) {
            return null;
        }
        if (!allowed(request)) {
            return notAllowed();
        }
        endpoints().error();
        return null;
    }

    private static boolean allowed(ContainerRequestContext request) {
        String method = request.getMethod();
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
    }

    private static Response notAllowed() {
        // With a body of its own, in the shape of the other errors: without one, Payara serves its HTML error page.
        return JsonResponses.json(Response.Status.METHOD_NOT_ALLOWED.getStatusCode(), METHOD_NOT_ALLOWED_BODY)
                .header(HttpHeaders.ALLOW, ALLOWED).build();
    }

    private DockerflowEndpoints endpoints() {
        return endpoints.get();
    }
}
