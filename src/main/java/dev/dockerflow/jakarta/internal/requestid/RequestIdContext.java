package dev.dockerflow.jakarta.internal.requestid;

import java.util.Map;

import jakarta.enterprise.concurrent.spi.ThreadContextProvider;
import jakarta.enterprise.concurrent.spi.ThreadContextRestorer;
import jakarta.enterprise.concurrent.spi.ThreadContextSnapshot;

/**
 * Carries the {@link RequestIdBinding request id} into the tasks a request submits to a Jakarta Concurrency managed
 * executor, and into the stages of a {@code CompletionStage} it builds there, as a third-party context
 * type ({@value RequestIdBinding#CONTEXT_TYPE}) of the Jakarta Concurrency 3.0 SPI. Registered in
 * {@code META-INF/services}; only a runtime with Jakarta Concurrency loads it, so the library needs no
 * such runtime.
 *
 * <p>The task sees the request's binding: once the request's response is written, the id is no longer
 * current in a task either, even one that runs later.
 */
public final class RequestIdContext implements ThreadContextProvider {

    @Override
    public ThreadContextSnapshot currentContext(Map<String, String> executionProperties) {
        return snapshotOf(RequestIdBinding.bound());
    }

    @Override
    public ThreadContextSnapshot clearedContext(Map<String, String> executionProperties) {
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
