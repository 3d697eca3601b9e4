/**
 * Mozilla's Dockerflow for Jakarta EE and MicroProfile: register {@link dev.dockerflow.jakarta.DockerflowFeature}
 * in the application's {@code Application}. The exported packages are the API; everything under
 * {@code dev.dockerflow.jakarta.internal} may change in any release. The internal packages are open
 * (not exported) because CDI and Jakarta REST instantiate their beans and providers reflectively.
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
