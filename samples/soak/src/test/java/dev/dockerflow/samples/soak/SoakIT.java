package dev.dockerflow.samples.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The soak's short form, in the build: the same load, faults and rules as {@code samples/soak/run},
 * for {@code soak.seconds} (30 by default) instead of two minutes.
 */
class SoakIT {

    @Test
    void everyRuleHoldsUnderLoadAndFaults() throws Exception {
        SoakReport report = Soak.runAndReport(Soak.fromSystemProperties());

        assertEquals(List.of(), report.violations(), String.join("\n", report.lines()));
    }
}
