package dev.dockerflow.samples.bench.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The baseline for the feature's {@code /__lbheartbeat__}: the least a Jakarta REST resource can do at
 * that path, 200 with the same {@code {}} body and content type the feature sends. The feature answers
 * the path from a pre-matching filter; this resource goes through ordinary resource matching.
 */
@Path("/__lbheartbeat__")
public class BareLbHeartbeat {

    /** @return an empty JSON object, 200 */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String ok() {
        return "{}";
    }
}
