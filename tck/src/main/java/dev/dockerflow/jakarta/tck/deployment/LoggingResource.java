package dev.dockerflow.jakarta.tck.deployment;

import java.util.logging.Logger;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An ordinary, blocking resource that logs one line on the application's logger. */
@Path("logged")
public class LoggingResource {

    private static final Logger LOG = Logger.getLogger(SummaryRecorder.APPLICATION);

    /** {@return {@code logged}, after logging {@code handling a request}} */
    @GET
    public String logged() {
        LOG.info("handling a request");
        return "logged";
    }
}
