package dev.dockerflow.samples.payara;

import dev.dockerflow.samples.smoke.SampleSmoke;

/** The notes service on Payara Micro, started from target/app as its container starts it. */
class PayaraSmokeIT extends SampleSmoke {

    PayaraSmokeIT() {
        super("payara");
    }

    // Payara Micro 6.2025.10 prints this with System.out.println as it shuts down (JdbcRuntimeExtension),
    // after its logging has stopped: nothing but a patched runtime removes it.
    @Override
    protected boolean isKnownRuntimeNoise(String line) {
        return isPayaraShutdownLine(line);
    }

    static boolean isPayaraShutdownLine(String line) {
        return line.startsWith("JdbcRuntimeExtension,  getAllSystemRAResourcesAndPools = ");
    }
}
