package dev.dockerflow.jakarta.tck.deployment;

import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * Logs {@code arriving} on each request's thread before the request id filter binds the request's id:
 * the line shows what the thread still carried from the last request it served.
 */
@PreMatching
// The library's request id filter has priority 0; the kit uses the API only, so the number is written here.
@Priority(-100)
public class ArrivalLog implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(SummaryRecorder.APPLICATION);

    @Override
    public void filter(ContainerRequestContext request) {
        LOG.info("arriving");
    }
}
