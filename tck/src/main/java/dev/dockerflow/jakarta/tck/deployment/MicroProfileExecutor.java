package dev.dockerflow.jakarta.tck.deployment;

import org.eclipse.microprofile.context.ManagedExecutor;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's MicroProfile Context Propagation managed executor, built as the README says: the
 * builder's defaults, which propagate every context type the runtime knows, the request id's among them.
 */
@ApplicationScoped
public class MicroProfileExecutor {

    private ManagedExecutor executor;

    /** {@return the executor, built on first use, on a request's thread} */
    public synchronized ManagedExecutor executor() {
        if (executor == null) {
            executor = ManagedExecutor.builder().build();
        }
        return executor;
    }

    @PreDestroy
    synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
