/**
 * Mozilla's Dockerflow for Jakarta EE 10 and MicroProfile 6 applications: the {@code /__version__},
 * {@code /__heartbeat__} and {@code /__lbheartbeat__} endpoints, a {@code request.summary} log record and
 * a request id for every request, and mozlog JSON logging.
 *
 * <p>What to read first:
 * <ol>
 * <li><b>Register the feature:</b> return {@link dev.dockerflow.jakarta.DockerflowFeature DockerflowFeature}
 *     from your {@code Application}'s {@code getClasses()}. The endpoints answer at the root of that
 *     application.</li>
 * <li><b>Configure</b> through MicroProfile Config: {@code META-INF/microprofile-config.properties},
 *     system properties or environment variables ({@code dockerflow.heartbeat.timeout} is also
 *     {@code DOCKERFLOW_HEARTBEAT_TIMEOUT}). The project's README lists every key, with its default, in
 *     its Configuration section.</li>
 * <li><b>Write a check:</b> a CDI bean implementing
 *     {@link dev.dockerflow.jakarta.heartbeat.DockerflowCheck DockerflowCheck}, named by
 *     {@link dev.dockerflow.jakarta.heartbeat.CheckName @CheckName}, that returns
 *     {@link dev.dockerflow.jakarta.heartbeat.CheckMessage CheckMessage}s. The built-in database,
 *     migrations and Redis checks are turned on by {@code dockerflow.checks}; the events
 *     {@link dev.dockerflow.jakarta.heartbeat.HeartbeatPassed HeartbeatPassed} and
 *     {@link dev.dockerflow.jakarta.heartbeat.HeartbeatFailed HeartbeatFailed} tell each heartbeat's
 *     outcome.</li>
 * <li><b>Log</b> mozlog JSON: with {@code dockerflow.logging.stdout=true} the library puts
 *     {@link dev.dockerflow.jakarta.logging.MozlogHandler MozlogHandler} on request.summary, its own and the
 *     application's loggers, writing to standard output; install the handler yourself elsewhere, or give {@link dev.dockerflow.jakarta.logging.MozlogFormatter MozlogFormatter} to
 *     a handler of your own. {@link dev.dockerflow.jakarta.logging.LogFields LogFields} adds fields to a
 *     record, {@link dev.dockerflow.jakarta.logging.RequestId RequestId} gives the current request's id.</li>
 * <li><b>Version:</b> {@code /__version__} serves the build's {@code version.json}; a
 *     {@link dev.dockerflow.jakarta.version.VersionProvider VersionProvider} bean serves an object of your
 *     own instead.</li>
 * </ol>
 *
 * <p>The exported packages are the API; everything under {@code dev.dockerflow.jakarta.internal} may
 * change in any release. The internal packages are open (not exported) because CDI and Jakarta REST
 * instantiate their beans and providers reflectively.
 */
module dev.dockerflow.jakarta {
    exports dev.dockerflow.jakarta;
    exports dev.dockerflow.jakarta.heartbeat;
    exports dev.dockerflow.jakarta.logging;
    exports dev.dockerflow.jakarta.version;

    opens dev.dockerflow.jakarta.internal.cdi;
    opens dev.dockerflow.jakarta.internal.checks.database;
    opens dev.dockerflow.jakarta.internal.checks.migrations;
    opens dev.dockerflow.jakarta.internal.checks.redis;
    opens dev.dockerflow.jakarta.internal.config;
    opens dev.dockerflow.jakarta.internal.datasources;
    opens dev.dockerflow.jakarta.internal.endpoint;
    opens dev.dockerflow.jakarta.internal.health;
    opens dev.dockerflow.jakarta.internal.heartbeat;
    opens dev.dockerflow.jakarta.internal.json;
    opens dev.dockerflow.jakarta.internal.logging;
    opens dev.dockerflow.jakarta.internal.requestid;
    opens dev.dockerflow.jakarta.internal.secrets;
    opens dev.dockerflow.jakarta.internal.summary;
    opens dev.dockerflow.jakarta.internal.version;

    requires transitive java.logging;
    requires java.naming;
    requires java.sql;
    requires transitive jakarta.cdi;
    requires transitive jakarta.ws.rs;
    requires jakarta.annotation;
    requires jakarta.inject;
    requires jakarta.json.bind;
    requires microprofile.config.api;
    requires microprofile.health.api;

    requires static jakarta.concurrency;
    requires static microprofile.context.propagation.api;
    requires static flyway.core;
    requires static liquibase.core;

    provides jakarta.enterprise.concurrent.spi.ThreadContextProvider
            with dev.dockerflow.jakarta.internal.requestid.RequestIdContext;
    provides org.eclipse.microprofile.context.spi.ThreadContextProvider
            with dev.dockerflow.jakarta.internal.requestid.MicroProfileRequestIdContext;
}
