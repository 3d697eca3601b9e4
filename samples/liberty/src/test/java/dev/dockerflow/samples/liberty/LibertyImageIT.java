package dev.dockerflow.samples.liberty;

import dev.dockerflow.samples.smoke.ImageSmoke;

/** The notes service on Open Liberty, from the image its Dockerfile builds. */
class LibertyImageIT extends ImageSmoke {

    LibertyImageIT() {
        super("liberty");
    }
}
