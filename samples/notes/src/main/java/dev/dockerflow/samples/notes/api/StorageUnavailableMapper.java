package dev.dockerflow.samples.notes.api;

import java.util.logging.Level;
import java.util.logging.Logger;

import dev.dockerflow.samples.notes.storage.StorageUnavailable;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A database that is down or vanishes mid-request answers 503, which a load balancer and a client
 * may retry, with a short JSON error; the cause goes to the log, not to the caller.
 */
@Provider
public class StorageUnavailableMapper implements ExceptionMapper<StorageUnavailable> {

    private static final Logger LOG = Logger.getLogger(StorageUnavailableMapper.class.getName());

    @Override
    public Response toResponse(StorageUnavailable exception) {
        LOG.log(Level.WARNING, exception.getMessage(), exception);
        return ApiError.response(503, "the notes are unavailable, try again later");
    }
}
