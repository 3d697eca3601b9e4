package dev.dockerflow.samples.wildfly;

import java.util.Map;

import dev.dockerflow.samples.smoke.SampleSmoke;

/** The notes service on WildFly, started from target/app as its container starts it. */
class WildFlySmokeIT extends SampleSmoke {

    WildFlySmokeIT() {
        super("wildfly");
    }

    @Override
    protected Map<String, String> environment() {
        return WildFlyPorts.withManagementPort(super.environment(), port());
    }
}
