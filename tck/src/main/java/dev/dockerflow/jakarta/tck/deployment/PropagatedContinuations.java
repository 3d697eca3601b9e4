package dev.dockerflow.jakarta.tck.deployment;

import java.util.concurrent.CompletionStage;
import java.util.logging.Logger;

import org.eclipse.microprofile.context.ManagedExecutor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;

/**
 * Asynchronous resources whose continuations log a line on the application's MicroProfile Context
 * Propagation managed executor ({@link MicroProfileExecutor}).
 */
@RequestScoped
@Path("propagated")
public class PropagatedContinuations {

    private static final Logger LOG = Logger.getLogger(SummaryRecorder.APPLICATION);

    /**
     * Answers from a task on the managed executor.
     *
     * @param response resumed by a task on the managed executor, after it logs {@code resuming}
     */
    @GET
    @Path("suspended")
    public void suspended(@Suspended AsyncResponse response) {
        executor().execute(() -> {
            LOG.info("resuming");
            response.resume("resumed");
        });
    }

    /** {@return a stage completed on the managed executor, which logs {@code completing}} */
    @GET
    @Path("stage")
    public CompletionStage<String> stage() {
        return executor().supplyAsync(() -> {
            LOG.info("completing");
            return "completed";
        });
    }

    private static ManagedExecutor executor() {
        return CDI.current().select(MicroProfileExecutor.class).get().executor();
    }
}
