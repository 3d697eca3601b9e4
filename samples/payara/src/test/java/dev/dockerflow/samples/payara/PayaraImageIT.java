package dev.dockerflow.samples.payara;

import dev.dockerflow.samples.smoke.ImageSmoke;
import dev.dockerflow.samples.smoke.KnownNoise;

/** The notes service on Payara Micro, from the image its Dockerfile builds. */
class PayaraImageIT extends ImageSmoke {

    PayaraImageIT() {
        super("payara");
    }

    @Override
    protected boolean isKnownRuntimeNoise(String line) {
        return KnownNoise.isPayaraShutdownLine(line);
    }
}
