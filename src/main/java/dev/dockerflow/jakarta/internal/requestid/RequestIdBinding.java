package dev.dockerflow.jakarta.internal.requestid;

import java.util.Optional;
import java.util.UUID;

/**
 * One request's id, and the caller's trace id when it sent a valid {@code traceparent}, on every thread
 * that serves it (the request's own, and those running its tasks), and the thread-local that makes a
 * binding current. Ended once, by the request's response, it is current nowhere after.
 */
public final class RequestIdBinding {

    /** The context type of both thread context providers. */
    public static final String CONTEXT_TYPE = "DockerflowRequestId";

    /** The longest header value kept as the id; a longer one is replaced. */
    public static final int MAX_LENGTH = 200;

    private static final ThreadLocal<RequestIdBinding> CURRENT = new ThreadLocal<>();

    private final String id;
    private final String traceId;
    private volatile boolean ended;

    private RequestIdBinding(String id, String traceId) {
        this.id = id;
        this.traceId = traceId;
    }

    /** @return the current request's id, or empty outside a request */
    public static Optional<String> current() {
        RequestIdBinding binding = active();
        return binding == null ? Optional.empty() : Optional.of(binding.id);
    }

    /** @return the current request's binding, or null outside a request */
    public static RequestIdBinding active() {
        RequestIdBinding binding = CURRENT.get();
        if (binding != null && binding.ended) {
            // Left by a request whose response another thread wrote: gone for good.
            CURRENT.remove();
            return null;
        }
        return binding;
    }

    /**
     * The id to use for a request: the header value when it has 1 to {@value #MAX_LENGTH} visible ASCII
     * characters, else a new UUID4, so that a hostile header cannot forge log content.
     *
     * @param headerValue the caller's header, or null
     * @return the request id
     */
    public static String from(String headerValue) {
        return isUsable(headerValue) ? headerValue : UUID.randomUUID().toString();
    }

    private static boolean isUsable(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /**
     * Binds a request's id to the current thread as the request starts; end it when the request ends.
     *
     * @param id the request id
     * @param traceId the caller's trace id ({@link TraceParent#traceId}), or null
     * @return the binding
     */
    public static RequestIdBinding bind(String id, String traceId) {
        RequestIdBinding binding = new RequestIdBinding(id, traceId);
        CURRENT.set(binding);
        return binding;
    }

    /** Unbinds the id from this thread as the request ends, so that a pooled thread does not carry it on. */
    public static void unbind() {
        CURRENT.remove();
    }

    /** @return this thread's binding, ended or not, or null: what a task submitted from here carries */
    public static RequestIdBinding bound() {
        return CURRENT.get();
    }

    /**
     * Makes a binding (possibly null) this thread's while a task runs, for the context providers.
     *
     * @return what puts back the binding the thread had before
     */
    public static Runnable enter(RequestIdBinding binding) {
        RequestIdBinding previous = bound();
        rebind(binding);
        return () -> rebind(previous);
    }

    /** Makes a binding (possibly null) this thread's. */
    public static void rebind(RequestIdBinding binding) {
        if (binding == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(binding);
        }
    }

    /** @return the request id */
    public String id() {
        return id;
    }

    /** @return the caller's trace id, or null when it sent no valid {@code traceparent} */
    public String traceId() {
        return traceId;
    }

    /** Ends the binding on every thread, as the request's response is written. */
    public void end() {
        ended = true;
    }
}
