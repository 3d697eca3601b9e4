package dev.dockerflow.jakarta.internal.endpoint;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

/**
 * Answers a request later, on a runtime whose request filters may suspend the request: Quarkus REST,
 * which calls pre-matching filters on its Vert.x I/O thread, where a heartbeat waiting for its checks
 * would hold up every other request of that thread. Jakarta REST itself lets only resource methods
 * answer asynchronously, and a {@code Feature} cannot register resources on every runtime (RESTEasy
 * ignores them), so the endpoints filter uses the runtime's own suspension where there is one.
 *
 * <p>The runtime's interface is found by name and called by reflection, so that the library needs no
 * Quarkus class to build or to run elsewhere; elsewhere {@link #supports} is {@code false} and nothing
 * changes.
 */
final class SuspendableRequest {

    /** Quarkus REST's request context, which can be suspended and resumed. */
    static final String QUARKUS_REST = "org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext";

    private record Suspension(Method suspend, Method resume, Method resumeWithFailure) {
    }

    private static final ClassValue<Suspension> SUSPENSIONS = new ClassValue<>() {
        @Override
        protected Suspension computeValue(Class<?> type) {
            Class<?> spi = find(type);
            if (spi == null) {
                return null;
            }
            try {
                return new Suspension(spi.getMethod("suspend"), spi.getMethod("resume"),
                        spi.getMethod("resume", Throwable.class));
            } catch (NoSuchMethodException e) {
                return null;
            }
        }
    };

    private SuspendableRequest() {
    }

    /**
     * @param request the request being filtered
     * @return whether {@link #answerLater} can be used for it
     */
    static boolean supports(ContainerRequestContext request) {
        return SUSPENSIONS.get(request.getClass()) != null;
    }

    /**
     * Suspends the request and answers it with the response when it comes; a failure goes to the
     * exception mappers, as if the filter had thrown it.
     *
     * @param request a request that {@link #supports} suspending
     * @param response the answer to come
     */
    static void answerLater(ContainerRequestContext request, CompletionStage<Response> response) {
        Suspension suspension = SUSPENSIONS.get(request.getClass());
        invoke(suspension.suspend(), request);
        response.whenComplete((answer, failure) -> {
            if (failure == null) {
                request.abortWith(answer);
                invoke(suspension.resume(), request);
            } else {
                invoke(suspension.resumeWithFailure(), request, failure);
            }
        });
    }

    private static Class<?> find(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> implemented : c.getInterfaces()) {
                if (implemented.getName().equals(QUARKUS_REST)) {
                    return implemented;
                }
                Class<?> inherited = find(implemented);
                if (inherited != null) {
                    return inherited;
                }
            }
        }
        return null;
    }

    private static void invoke(Method method, ContainerRequestContext request, Object... arguments) {
        try {
            method.invoke(request, arguments);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot suspend the request", e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("cannot suspend the request", cause);
        }
    }
}
