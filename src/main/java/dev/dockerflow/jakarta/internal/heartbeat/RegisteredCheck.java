package dev.dockerflow.jakarta.internal.heartbeat;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
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
     * What the check is, for an operator who must tell two checks of one name apart: for example
     * {@code built-in database check}, {@code application check com.example.QuotaCheck} or
     * {@code MicroProfile Health check com.example.DbHealth (readiness)}.
     *
     * @return the check's kind and the class behind it
     */
    String source();

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
     * Whether a run that overstays the heartbeat's timeout is interrupted. A check that opens pooled
     * resources says no: an interrupt that lands while a server's pool opens its first connection can
     * leave the pool broken (Payara's H2 default data source), while the run, left alone, ends and gives
     * its connection back. Either way a run still going is shared by the next heartbeats, not repeated.
     *
     * @return {@code true} by default
     */
    default boolean interruptible() {
        return true;
    }

    /**
     * Runs the check once.
     *
     * @return its messages
     * @throws Exception when the check fails to run
     */
    List<CheckMessage> run() throws Exception;
}
