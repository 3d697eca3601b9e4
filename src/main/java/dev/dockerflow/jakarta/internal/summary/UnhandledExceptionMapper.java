package dev.dockerflow.jakarta.internal.summary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Maps what no application mapper maps. A {@code WebApplicationException} keeps its own response, as
 * the runtime would give it; anything else becomes a plain 500 whose whole body is {@value #BODY},
 * showing neither the stack trace nor the exception's type or message (some runtimes' default error
 * pages show both), and is reported by request.summary. Application mappers win: they are closer to
 * the exception's type, or, for {@code Throwable} itself, ahead of this one's lowest priority.
 *
 * <p>The entity is a plain {@code String}, which every runtime's own writer prints as it is: an entity of
 * the library's own type would be printed by whatever writer the runtime picks for it (Quarkus REST
 * printed its {@code toString()}, the exception included). The exception goes to request.summary
 * through {@link UnhandledExceptions}, never through the response.
 */
@Priority(Integer.MAX_VALUE)
public final class UnhandledExceptionMapper implements ExceptionMapper<Throwable> {

    /** The whole body the client gets. */
    public static final String BODY = "Internal Server Error";

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof WebApplicationException web && web.getResponse() != null) {
            return web.getResponse();
        }
        return Response.serverError().type(MediaType.TEXT_PLAIN_TYPE)
                .entity(UnhandledExceptions.record(exception)).build();
    }
}
