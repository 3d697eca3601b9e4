package dev.dockerflow.samples.notes.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An error body, in the shape the Dockerflow endpoints use: {@code {"status": 404, "error": "..."}}.
 *
 * @param status the HTTP status
 * @param error  what went wrong, for the caller
 */
public record ApiError(int status, String error) {

    /**
     * A JSON response carrying this error.
     *
     * @param status the HTTP status code
     * @param error  what went wrong
     * @return the response
     */
    public static Response response(int status, String error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status, error)).build();
    }
}
