package dev.dockerflow.jakarta.internal.checks.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code Connection.isValid} gets the heartbeat timeout in whole seconds, at least one. */
class ValidSecondsTest {

    @ParameterizedTest
    @CsvSource({"300, 1", "800, 1", "1000, 1", "2999, 2", "5000, 5"})
    void givesIsValidWholeSecondsAndAtLeastOne(long timeoutMillis, int seconds) {
        assertEquals(seconds, DatabaseCheck.validSeconds(timeoutMillis));
    }
}
