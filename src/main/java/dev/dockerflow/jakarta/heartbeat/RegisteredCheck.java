package dev.dockerflow.jakarta.heartbeat;

import java.util.List;

/**
 * A check as the heartbeat runs it: an application check, a bridged MicroProfile Health check or a
 * built-in check, behind one shape. Not API.
 */
public interface RegisteredCheck {

    /**
     * The name the check is shown under. A bridged MicroProfile Health check learns its name from its
     * response, so this may change after {@link #run()}.
     *
     * @return the current name
     */
    String name();

    /**
     * Whether {@link #name()} is the check's real name. A bridged MicroProfile Health check that has
     * not answered yet goes by a provisional name.
     *
     * @return {@code true} once the name is known
     */
    default boolean nameKnown() {
        return true;
    }

    /**
     * Called on the thread that asked for the run, just before {@link #run()} is handed to the check
     * executor. That thread is a request's, or the application's start, and sees the application's
     * {@code java:comp} naming context, which a thread of the library's own pool does not (Open Liberty
     * without Jakarta Concurrency). Resolves what needs that context; must not wait on a backing
     * service. Does nothing by default.
     */
    default void resolveOnCaller() {
    }

    /**
     * Runs the check once.
     *
     * @return its messages
     * @throws Exception when the check fails to run
     */
    List<CheckMessage> run() throws Exception;
}
