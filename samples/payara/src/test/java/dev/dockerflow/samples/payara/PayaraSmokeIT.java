package dev.dockerflow.samples.payara;

import dev.dockerflow.samples.smoke.KnownNoise;
import dev.dockerflow.samples.smoke.SampleSmoke;

/** The notes service on Payara Micro, started from target/app as its container starts it. */
class PayaraSmokeIT extends SampleSmoke {

    PayaraSmokeIT() {
        super("payara");
    }

    @Override
    protected boolean isKnownRuntimeNoise(String line) {
        return KnownNoise.isPayaraShutdownLine(line);
    }
}
