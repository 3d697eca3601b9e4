package dev.dockerflow.samples.hello;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Says hello. */
@Path("/hello")
public class HelloResource {

    /** The greeting, as JSON. */
    static final String GREETING = "Hello from a Dockerflow service!";

    /**
     * Greets.
     *
     * @return a JSON document with the greeting
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String hello() {
        return "{\"greeting\":\"" + GREETING + "\"}";
    }
}
