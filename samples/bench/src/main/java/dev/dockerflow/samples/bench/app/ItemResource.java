package dev.dockerflow.samples.bench.app;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The business endpoint both variants serve, {@code GET /items/{id}}: builds an {@link Item} and lets
 * the runtime's JSON-B provider write it. It touches no backing service, so that what the benchmark
 * sees is the HTTP stack, Jakarta REST and, in one variant, the feature.
 */
@Path("/items")
public class ItemResource {

    private static final List<String> TAGS = List.of("small", "json", "benchmark");

    /**
     * @param id the item's number, from the path
     * @return the item, as {@code application/json}
     */
    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Item item(@PathParam("id") long id) {
        return new Item(id, "item " + id, TAGS, id % 2 == 0);
    }
}
