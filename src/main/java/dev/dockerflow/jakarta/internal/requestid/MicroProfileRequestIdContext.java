package dev.dockerflow.jakarta.internal.requestid;

import java.util.Map;

import org.eclipse.microprofile.context.spi.ThreadContextProvider;
import org.eclipse.microprofile.context.spi.ThreadContextSnapshot;

/**
 * Carries the {@link RequestIdBinding request id} into the tasks a request submits to a MicroProfile Context Propagation
 * {@code ManagedExecutor}, and into the stages of a {@code CompletionStage} it builds there, as a
 * third-party context type ({@value RequestIdBinding#CONTEXT_TYPE}) of the MicroProfile Context Propagation 1.3 SPI: the
 * counterpart of {@link RequestIdContext} on runtimes whose managed executor is MicroProfile's (Quarkus).
 * Registered in {@code META-INF/services}; only a runtime with MicroProfile Context Propagation loads it,
 * so the library needs no such runtime.
 *
 * <p>The task sees the request's binding: once the request's response is written, the id is no longer
 * current in a task either, even one that runs later.
 */
public final class MicroProfileRequestIdContext implements ThreadContextProvider {

    @Override
    public ThreadContextSnapshot currentContext(Map<String, String> props) {
        return snapshotOf(RequestIdBinding.bound());
    }

    @Override
    public ThreadContextSnapshot clearedContext(Map<String, String> props) {
        return snapshotOf(null);
    }

    @Override
    public String getThreadContextType() {
        return RequestIdBinding.CONTEXT_TYPE;
    }

    private static ThreadContextSnapshot snapshotOf(RequestIdBinding binding) {
        return () -> RequestIdBinding.enter(binding)::run;
    }
}
