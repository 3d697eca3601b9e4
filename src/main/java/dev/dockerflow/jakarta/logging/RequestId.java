package dev.dockerflow.jakarta.logging;

import dev.dockerflow.jakarta.internal.requestid.RequestIdBinding;
import java.util.Optional;

/**
 * The id of the request the current thread is serving: the caller's {@code X-Request-ID} header
 * (name set by {@code dockerflow.request-id.header}) when it has 1 to 200 visible ASCII characters, else a new UUID4. It is
 * echoed in the response's header of the same name, written as {@code rid} in request.summary, and
 * added by the mozlog formatter to every record logged on the request's thread, with {@code trace_id}
 * when the caller sent a valid W3C {@code traceparent}.
 *
 * <p>The id is bound to the thread that runs the request's filters and resource method, and carried
 * into the tasks that thread submits to a Jakarta Concurrency managed executor whose context service
 * propagates the {@value #CONTEXT_TYPE} context (the library registers a
 * {@code ThreadContextProvider} for it; see the README for the executor to define): their log lines, and
 * those of a {@code CompletionStage} completed there, carry the id. Work handed to an unmanaged thread
 * does not carry it: read it with {@link #current()} and pass it along.
 *
 * <p>Once the request's response has been written, on whichever thread that happened (an asynchronous
 * resource's is often another), the id is no longer current anywhere: not on the request's thread back
 * in its pool, nor in a task that runs later.
 */
public final class RequestId {

    /**
     * The context type that carries the id into managed executors' tasks, for a Jakarta Concurrency
     * {@code @ContextServiceDefinition(propagated = ...)} or a MicroProfile {@code ManagedExecutor}.
     */
    public static final String CONTEXT_TYPE = RequestIdBinding.CONTEXT_TYPE;

    private RequestId() {
    }

    /** {@return the current request's id, or empty outside a request} */
    public static Optional<String> current() {
        return RequestIdBinding.current();
    }
}
