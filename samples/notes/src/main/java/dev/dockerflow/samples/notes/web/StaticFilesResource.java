package dev.dockerflow.samples.notes.web;

import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Serves the page and its static files (Dockerflow asks a service to serve its own). A fingerprinted
 * file never changes, so it may be cached for a year; any other for a minute, so that a new release
 * shows quickly. Each is sent precompressed when the request accepts brotli or gzip.
 *
 * <p>A resource of the application rather than the servlet container's default servlet: the
 * application is mapped at the root, where the container would not reach its static files, and every
 * request then gets its request.summary line.
 */
@Path("/")
public class StaticFilesResource {

    /** For a fingerprinted file: a year, and no revalidation. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** For the page and unfingerprinted names: a minute. */
    static final String SHORT = "public, max-age=60";

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "json", "application/json",
            "txt", "text/plain; charset=utf-8",
            "png", "image/png",
            "ico", "image/x-icon");

    @Inject
    StaticFiles files;

    /**
     * The page.
     *
     * @param acceptEncoding the request's {@code Accept-Encoding}
     * @param ifNoneMatch    the request's {@code If-None-Match}
     * @return the page
     */
    @GET
    public Response page(@HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding,
                         @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return serve("index.html", acceptEncoding, ifNoneMatch);
    }

    /**
     * A static file.
     *
     * @param name           its name
     * @param acceptEncoding the request's {@code Accept-Encoding}
     * @param ifNoneMatch    the request's {@code If-None-Match}
     * @return the file, 304 when the caller has it already, or 404
     */
    @GET
    @Path("static/{name}")
    public Response file(@PathParam("name") String name,
                         @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding,
                         @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return serve(name, acceptEncoding, ifNoneMatch);
    }

    private Response serve(String name, String acceptEncoding, String ifNoneMatch) {
        Optional<StaticFile> identity = files.variant(name, ContentCoding.IDENTITY);
        if (identity.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).type("text/plain; charset=utf-8")
                    .entity("not found\n").build();
        }
        ContentCoding coding = ContentCoding.IDENTITY;
        StaticFile file = identity.get();
        for (ContentCoding acceptable : ContentCoding.acceptable(acceptEncoding)) {
            Optional<StaticFile> variant = files.variant(name, acceptable);
            if (variant.isPresent()) {
                coding = acceptable;
                file = variant.get();
                break;
            }
        }
        boolean compressible = files.variant(name, ContentCoding.GZIP).isPresent();
        Response.ResponseBuilder response = matches(ifNoneMatch, file.etag())
                ? Response.notModified()
                : Response.ok(file.bytes(), type(name));
        response.header(HttpHeaders.CACHE_CONTROL, files.isFingerprinted(name) ? IMMUTABLE : SHORT)
                .header(HttpHeaders.ETAG, file.etag())
                .header("X-Content-Type-Options", "nosniff");
        if (compressible) {
            response.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        if (coding != ContentCoding.IDENTITY) {
            response.header(HttpHeaders.CONTENT_ENCODING, coding.token());
        }
        return response.build();
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static String type(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
