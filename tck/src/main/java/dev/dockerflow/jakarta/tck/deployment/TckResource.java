package dev.dockerflow.jakarta.tck.deployment;

import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * What the scenarios ask the deployment itself: what its observers and log handlers saw, and a
 * request that fails with an exception nobody maps. Beans are looked up, not injected, so that the
 * resource works on runtimes that do not make resources CDI beans; a scenario that did not deploy a
 * bean gets 404 for it.
 */
@Path("tck")
public class TckResource {

    /** {@return the mozlog lines of the request.summary records logged so far, oldest first} */
    @GET
    @Path("summaries")
    @Produces(MediaType.APPLICATION_JSON)
    public String summaries() {
        return Json.createArrayBuilder(bean(SummaryRecorder.class).lines()).build().toString();
    }

    /** {@return the mozlog lines the deployment's own beans logged so far, oldest first} */
    @GET
    @Path("application-lines")
    @Produces(MediaType.APPLICATION_JSON)
    public String applicationLines() {
        return Json.createArrayBuilder(bean(SummaryRecorder.class).applicationLines()).build().toString();
    }

    /** {@return the mozlog lines the deployment's {@link MozlogToStdout} handler wrote so far, oldest first} */
    @GET
    @Path("stdout-lines")
    @Produces(MediaType.APPLICATION_JSON)
    public String stdoutLines() {
        return Json.createArrayBuilder(bean(MozlogToStdout.class).lines()).build().toString();
    }

    /**
     * Describes the library's own {@code MozlogHandler} on the named loggers, and from then on keeps what
     * it writes.
     *
     * @param loggers logger names
     * @return per logger: the identities of the library's handlers on it, and its {@code useParentHandlers}
     */
    @GET
    @Path("installed-handlers")
    @Produces(MediaType.APPLICATION_JSON)
    public String installedHandlers(@QueryParam("logger") List<String> loggers) {
        return bean(InstalledMozlogHandler.class).describe(loggers).toString();
    }

    /** {@return the mozlog lines the library's own handler wrote since the first look at it, oldest first} */
    @GET
    @Path("installed-handler-lines")
    @Produces(MediaType.APPLICATION_JSON)
    public String installedHandlerLines() {
        return Json.createArrayBuilder(bean(InstalledMozlogHandler.class).lines()).build().toString();
    }

    /**
     * What the heartbeat observers saw, once the asynchronous ones have seen enough.
     *
     * @param atLeast how many asynchronous observations to wait for, at most ten seconds
     * @return what the heartbeat observers saw: {@code {"sync": [...], "async": [...]}}, each entry
     *     {@code "passed 0"} or {@code "failed 40"}
     * @throws InterruptedException when interrupted while waiting
     */
    @GET
    @Path("events")
    @Produces(MediaType.APPLICATION_JSON)
    public String events(@QueryParam("async") int atLeast) throws InterruptedException {
        HeartbeatObservers observers = bean(HeartbeatObservers.class);
        List<String> async = observers.awaitAsync(atLeast, 10, TimeUnit.SECONDS);
        return Json.createObjectBuilder()
                .add("sync", Json.createArrayBuilder(observers.sync()))
                .add("async", Json.createArrayBuilder(async))
                .build().toString();
    }

    /** Opens the {@link Gate} that gated checks wait at. */
    @POST
    @Path("gate")
    public void openGate() {
        bean(Gate.class).open();
    }

    /**
     * Fails with an exception that the application does not map.
     *
     * @return never
     */
    @GET
    @Path("unmapped")
    public String unmapped() {
        throw new IllegalStateException("tck: a failure nobody maps, password=hunter2");
    }

    private static <T> T bean(Class<T> type) {
        Instance<T> instance = CDI.current().select(type);
        if (!instance.isResolvable()) {
            throw new NotFoundException(type.getSimpleName() + " is not deployed");
        }
        return instance.get();
    }
}
