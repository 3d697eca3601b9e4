package dev.dockerflow.samples.liberty;

import dev.dockerflow.samples.smoke.SampleSmoke;

/** The notes service on Open Liberty, started from target/app as its container starts it. */
class LibertySmokeIT extends SampleSmoke {

    LibertySmokeIT() {
        super("liberty");
    }
}
