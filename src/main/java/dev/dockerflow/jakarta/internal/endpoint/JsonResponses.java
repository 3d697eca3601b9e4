package dev.dockerflow.jakarta.internal.endpoint;

import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The endpoints' JSON answers, as bytes with their {@code Content-Length} set, so that HEAD, for which
 * nothing is written, keeps the length GET sends: a runtime that computes the length from what it
 * writes would send none (Quarkus REST). Helidon's web server replaces it with 0 all the same.
 */
final class JsonResponses {

    private JsonResponses() {
    }

    /**
     * @param status the HTTP status
     * @param body the JSON text
     * @return a response builder with the body, its type and its length
     */
    static Response.ResponseBuilder json(int status, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CONTENT_LENGTH, bytes.length).entity(bytes);
    }
}
