package dev.dockerflow.jakarta.endpoint;

import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The endpoints' JSON answers, as bytes with their {@code Content-Length} set: a runtime then sends
 * HEAD the length GET sends, where it would otherwise compute the length from what it writes (Helidon
 * sent 0 for HEAD, Quarkus REST no length at all).
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
