package dev.dockerflow.jakarta.tck.deployment;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The API of {@link ApiRootApplication}, under {@code /api} by its own path. */
@Path("api/notes")
public class ApiNotesResource {

    /** {@return no notes} */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list() {
        return "[]";
    }
}
