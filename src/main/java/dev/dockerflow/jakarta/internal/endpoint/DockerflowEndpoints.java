package dev.dockerflow.jakarta.internal.endpoint;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.dockerflow.jakarta.internal.config.DetailsMode;
import dev.dockerflow.jakarta.internal.config.DockerflowConfig;
import dev.dockerflow.jakarta.internal.heartbeat.Heartbeat;
import dev.dockerflow.jakarta.heartbeat.HeartbeatResult;
import dev.dockerflow.jakarta.internal.json.JsonCodec;
import dev.dockerflow.jakarta.internal.version.VersionLookup;
import dev.dockerflow.jakarta.internal.version.VersionResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** The answers of the Dockerflow endpoints, as JAX-RS responses with JSON bodies. */
@ApplicationScoped
public class DockerflowEndpoints {

    private static final Logger ERROR_LOG = Logger.getLogger("dockerflow.error");
    private static final Logger LOG = Logger.getLogger("dockerflow.heartbeat");

    @Inject
    DockerflowConfig config;

    @Inject
    VersionLookup versions;

    @Inject
    Heartbeat heartbeat;

    @Inject
    JsonCodec json;

    /** @return {@code /__lbheartbeat__}: 200, touching nothing */
    Response lbheartbeat() {
        return json(200, "{}").build();
    }

    /** @return {@code /__version__}: the version object, 404 when there is none, 500 when it is broken */
    Response version() {
        VersionResult result = versions.lookup();
        if (result instanceof VersionResult.Found found) {
            return json(200, found.json()).build();
        }
        if (result instanceof VersionResult.Broken broken) {
            return error(500, broken.problem());
        }
        return error(404, "version.json not found");
    }

    /**
     * @param caller who asks, for the {@code authorized} details mode
     * @return {@code /__heartbeat__}: 200, or the failed status code, with the checks' report
     */
    Response heartbeat(SecurityContext caller) {
        return heartbeat(heartbeat.run(), detailsFor(caller));
    }

    /**
     * @param caller who asks, for the {@code authorized} details mode
     * @return {@code /__heartbeat__} as {@link #heartbeat(SecurityContext)}, without waiting on this thread
     */
    CompletionStage<Response> heartbeatLater(SecurityContext caller) {
        boolean details = detailsFor(caller); // the caller's roles are read on the request's own thread
        return heartbeat.runLater().thenApply(result -> heartbeat(result, details));
    }

    private Response heartbeat(HeartbeatResult result, boolean details) {
        int status = result.failed() ? config.failedStatusCode() : 200;
        return json(status, json.toJson(HeartbeatBody.of(result, details)))
                .header("Cache-Control", "no-store").build();
    }

    private boolean detailsFor(SecurityContext caller) {
        DetailsMode mode = config.detailsMode();
        return mode == DetailsMode.ALWAYS || mode == DetailsMode.AUTHORIZED && inDetailsRole(caller);
    }

    private boolean inDetailsRole(SecurityContext caller) {
        try {
            return caller != null && caller.isUserInRole(config.detailsRole());
        } catch (RuntimeException e) {
            // A runtime without a security layer may throw instead of saying no (Quarkus REST without
            // quarkus-security): the caller is anonymous, and the heartbeat must still answer.
            LOG.log(Level.FINE, "The runtime could not say whether the caller is in the details role", e);
            return false;
        }
    }

    /** @return whether {@code /__error__} is served */
    boolean errorEndpointEnabled() {
        return config.errorEndpoint();
    }

    /** {@code /__error__}: logs one error and raises, so operators can test their error reporting. */
    void error() {
        ERROR_LOG.severe("The __error__ endpoint was called: raising DockerflowTestError on purpose");
        throw new DockerflowTestError();
    }

    private Response.ResponseBuilder json(int status, String body) {
        return JsonResponses.json(status, body);
    }

    private Response error(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", message);
        return json(status, json.toJson(body)).build();
    }
}
