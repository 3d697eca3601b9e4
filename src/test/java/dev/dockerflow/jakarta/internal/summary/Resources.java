package dev.dockerflow.jakarta.internal.summary;

import java.util.logging.Logger;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Application resources the request.summary scenarios call. */
@Path("/notes")
public class Resources {

    private static final Logger LOG = Logger.getLogger("notes.app");

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list() {
        LOG.info("listing notes");
        return "[]";
    }

    @GET
    @Path("broken")
    public String broken() {
        throw new IllegalStateException("database exploded: password=hunter2");
    }

    @GET
    @Path("invalid")
    public String invalid() {
        throw new IllegalArgumentException("no such note");
    }
}
