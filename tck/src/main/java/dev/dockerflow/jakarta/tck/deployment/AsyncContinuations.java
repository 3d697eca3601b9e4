package dev.dockerflow.jakarta.tck.deployment;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Logger;

import jakarta.enterprise.concurrent.ContextServiceDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;

/**
 * Asynchronous resources whose continuations log a line on the application's managed executor, defined
 * as the README says: a context service that propagates every remaining context type, the request
 * id's among them.
 */
@ContextServiceDefinition(name = ManagedExecutors.CONTEXT, propagated = ContextServiceDefinition.ALL_REMAINING)
@ManagedExecutorDefinition(name = ManagedExecutors.EXECUTOR, context = ManagedExecutors.CONTEXT)
@RequestScoped
@Path("async")
public class AsyncContinuations {

    private static final Logger LOG = Logger.getLogger(SummaryRecorder.APPLICATION);

    /**
     * Answers from a task on the managed executor.
     *
     * @param response resumed by a task on the managed executor, after it logs {@code resuming}
     */
    @GET
    @Path("suspended")
    public void suspended(@Suspended AsyncResponse response) {
        ManagedExecutors.executor().execute(() -> {
            LOG.info("resuming");
            response.resume("resumed");
        });
    }

    /** {@return a stage completed on the managed executor, which logs {@code completing}} */
    @GET
    @Path("stage")
    public CompletionStage<String> stage() {
        return CompletableFuture.supplyAsync(() -> {
            LOG.info("completing");
            return "completed";
        }, ManagedExecutors.executor());
    }
}
