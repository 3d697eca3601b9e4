package dev.dockerflow.jakarta.requestid;

import java.util.Optional;
import java.util.UUID;

/**
 * The id of the request the current thread is serving: the caller's {@code X-Request-ID} header
 * (name set by {@code dockerflow.request-id.header}) when it is a usable id, else a new UUID4. It is
 * echoed in the response's header of the same name, written as {@code rid} in request.summary, and
 * added by the mozlog formatter to every record logged on the request's thread.
 *
 * <p>The id is bound to the thread that runs the request's filters and resource method, and carried
 * into the tasks that thread submits to a Jakarta Concurrency managed executor whose context service
 * propagates the {@value RequestIdContext#TYPE} context (the library registers a
 * {@code ThreadContextProvider} for it; see the README for the executor to define): their log lines, and
 * those of a {@code CompletionStage} completed there, carry the id. Work handed to an unmanaged thread
 * does not carry it: read it with {@link #current()} and pass it along.
 *
 * <p>Once the request's response has been written, on whichever thread that happened (an asynchronous
 * resource's is often another), the id is no longer current anywhere: not on the request's thread back
 * in its pool, nor in a task that runs later.
 */
public final class RequestId {

    /** The longest header value kept as the id; a longer one is replaced. */
    public static final int MAX_LENGTH = 200;

    private static final ThreadLocal<Binding> CURRENT = new ThreadLocal<>();

    private RequestId() {
    }

    /** @return the current request's id, or empty outside a request */
    public static Optional<String> current() {
        Binding binding = CURRENT.get();
        if (binding == null) {
            return Optional.empty();
        }
        if (binding.ended) {
            // Left by a request whose response another thread wrote: gone for good.
            CURRENT.remove();
            return Optional.empty();
        }
        return Optional.of(binding.id);
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
     * Binds a request's id to the current thread; the request id filter calls it as a request starts.
     *
     * @return the binding, to end when the request ends, on whichever thread
     */
    static Binding bind(String id) {
        Binding binding = new Binding(id);
        CURRENT.set(binding);
        return binding;
    }

    /** Unbinds the id from this thread as the request ends, so that a pooled thread does not carry it on. */
    static void unbind() {
        CURRENT.remove();
    }

    /** @return this thread's binding, ended or not, or null: what a task submitted from here carries */
    static Binding binding() {
        return CURRENT.get();
    }

    /** Makes a binding (possibly null) this thread's, for the context provider. */
    static void rebind(Binding binding) {
        if (binding == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(binding);
        }
    }

    /**
     * One request's id on every thread that serves it: the request's own, and those running its tasks.
     * Ended once, by the request's response, it is current nowhere after.
     */
    static final class Binding {
        final String id;
        private volatile boolean ended;

        private Binding(String id) {
            this.id = id;
        }

        void end() {
            ended = true;
        }
    }
}
