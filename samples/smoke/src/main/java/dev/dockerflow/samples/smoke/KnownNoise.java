package dev.dockerflow.samples.smoke;

/**
 * The lines a runtime itself prints to stdout that no configuration turns off, which the checks of
 * stdout let through because the sample cannot prevent them (samples/README.md names each).
 */
public final class KnownNoise {

    private KnownNoise() {
    }

    /**
     * Payara Micro 6.2025.10 prints this with {@code System.out.println} as it shuts down
     * (JdbcRuntimeExtension), after its logging has stopped: nothing but a patched runtime removes it.
     *
     * @param line a line of stdout
     * @return whether it is that line
     */
    public static boolean isPayaraShutdownLine(String line) {
        return line.startsWith("JdbcRuntimeExtension,  getAllSystemRAResourcesAndPools = ");
    }
}
