package dev.dockerflow.jakarta.internal.summary;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import dev.dockerflow.jakarta.internal.cdi.LazyBean;
import dev.dockerflow.jakarta.internal.config.DockerflowConfig;
import dev.dockerflow.jakarta.logging.LogFields;
import dev.dockerflow.jakarta.internal.requestid.RequestIdBinding;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Writes one {@code request.summary} record per request, with python-dockerflow's fields as
 * {@link LogFields}: {@code errno}, {@code agent}, {@code lang}, {@code method}, {@code path},
 * {@code querystring} (when {@code dockerflow.summary.querystring=true}), {@code uid}, {@code rid},
 * {@code t}, {@code code} (the response's status, as python-dockerflow's FastAPI integration logs it),
 * and {@code trace_id} when the caller sent a valid {@code traceparent}. A request that ended in an
 * exception nothing mapped is logged at SEVERE with {@code errno} 500, the exception's text as message
 * and the exception attached.
 *
 * <p>It times the request from the start of request filtering, and writes the record from the last
 * response filter but one (only the request id filter runs after it), so it sees the final response,
 * whether it came from a resource, a mapped exception or a filter that aborted the request.
 */
@PreMatching
@Priority(RequestIdFilter.PRIORITY + 1)
public final class RequestSummaryFilter implements ContainerRequestFilter, ContainerResponseFilter {

    /** The logger request summaries are written to. */
    public static final String LOGGER = "request.summary";

    private static final Logger LOG = Logger.getLogger(LOGGER);
    private static final String STARTED = RequestSummaryFilter.class.getName() + ".started";

    private final LazyBean<DockerflowConfig> config = new LazyBean<>(DockerflowConfig.class);

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Throwable unhandled = UnhandledExceptions.take(response.getEntity());
        if (!LOG.isLoggable(unhandled == null ? Level.INFO : Level.SEVERE)) {
            return;
        }
        LogFields fields = LogFields.of("errno", unhandled == null ? 0 : 500)
                .and("agent", header(request, HttpHeaders.USER_AGENT))
                .and("lang", header(request, HttpHeaders.ACCEPT_LANGUAGE))
                .and("method", request.getMethod())
                .and("path", request.getUriInfo().getRequestUri().getPath());
        if (config.get().summaryQuerystring()) {
            String query = request.getUriInfo().getRequestUri().getRawQuery();
            if (query != null) {
                fields.and("querystring", decoded(query));
            }
        }
        fields.and("uid", uid(request.getSecurityContext()))
                .and("rid", rid(request))
                .and("t", elapsedMillis(request))
                .and("code", response.getStatus());
        if (request.getProperty(RequestIdFilter.BINDING) instanceof RequestIdBinding binding
                && binding.traceId() != null) {
            fields.and("trace_id", binding.traceId());
        }

        // "{0}": the fields as JSON for a runtime's plain formatter, which would print an empty message as a
        // blank line; MozlogFormatter leaves such a message out, as python-dockerflow's empty one.
        LogRecord record = new LogRecord(unhandled == null ? Level.INFO : Level.SEVERE,
                unhandled == null ? "{0}" : text(unhandled));
        record.setLoggerName(LOGGER);
        record.setParameters(new Object[] {fields});
        record.setThrown(unhandled);
        LOG.log(record);
    }

    private static String header(ContainerRequestContext request, String name) {
        String value = request.getHeaderString(name);
        return value == null ? "" : value;
    }

    /** Percent-decoded as UTF-8, {@code +} kept; a malformed escape leaves the query raw. */
    static String decoded(String rawQuery) {
        try {
            return URLDecoder.decode(rawQuery.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return rawQuery;
        }
    }

    private static String uid(SecurityContext security) {
        Principal user = security == null ? null : security.getUserPrincipal();
        return user == null || user.getName() == null ? "" : user.getName();
    }

    private static String rid(ContainerRequestContext request) {
        Object id = request.getProperty(RequestIdFilter.PROPERTY);
        // Absent only when another filter aborted the request before the request id filter ran.
        return id != null ? id.toString() : RequestIdBinding.from(null);
    }

    private static long elapsedMillis(ContainerRequestContext request) {
        Object started = request.getProperty(STARTED);
        return started instanceof Long nanos ? TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos) : 0;
    }

    private static String text(Throwable exception) {
        String message = exception.getMessage();
        return message == null || message.isEmpty() ? exception.getClass().getName() : message;
    }
}
