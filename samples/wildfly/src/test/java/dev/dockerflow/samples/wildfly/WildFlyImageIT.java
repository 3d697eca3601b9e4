package dev.dockerflow.samples.wildfly;

import java.util.Map;

import dev.dockerflow.samples.smoke.ImageSmoke;

/** The notes service on WildFly, from the image its Dockerfile builds. */
class WildFlyImageIT extends ImageSmoke {

    WildFlyImageIT() {
        super("wildfly");
    }

    @Override
    protected Map<String, String> environment() {
        return WildFlyPorts.withManagementPort(super.environment(), port());
    }
}
