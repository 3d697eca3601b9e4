package dev.dockerflow.jakarta.requestid;

import java.util.Optional;
import java.util.UUID;

/**
 * The id of the request the current thread is serving: the caller's {@code X-Request-ID} header
 * (name set by {@code dockerflow.request-id.header}) when it is a usable id, else a new UUID4. It is
 * echoed in the response's header of the same name, written as {@code rid} in request.summary, and
 * added by the mozlog formatter to every record logged on the request's thread.
 *
 * <p>The id belongs to the thread that runs the request's filters and resource method. Work handed
 * to another thread does not carry it: read it with {@link #current()} and pass it along.
 */
public final class RequestId {

    /** The longest header value kept as the id; a longer one is replaced. */
    public static final int MAX_LENGTH = 200;

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestId() {
    }

    /** @return the current request's id, or empty outside a request */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
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

    /** Binds an id to the current thread; the request id filter calls it as a request starts. */
    static void bind(String id) {
        CURRENT.set(id);
    }

    /** Unbinds the id as the request ends on this thread, so that a pooled thread does not carry it on. */
    static void unbind() {
        CURRENT.remove();
    }
}
