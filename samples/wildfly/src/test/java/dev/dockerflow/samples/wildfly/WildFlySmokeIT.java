package dev.dockerflow.samples.wildfly;

import dev.dockerflow.samples.smoke.SampleSmoke;

/** The notes service on WildFly, started from target/app as its container starts it. */
class WildFlySmokeIT extends SampleSmoke {

    WildFlySmokeIT() {
        super("wildfly");
    }
}
