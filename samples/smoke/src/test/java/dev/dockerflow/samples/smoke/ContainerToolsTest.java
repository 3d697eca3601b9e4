package dev.dockerflow.samples.smoke;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class ContainerToolsTest {

    @Test
    void aMissingToolSkipsOnADevelopersMachineAndFailsInCi() {
        boolean ci = "true".equals(System.getenv("CI"));

        Class<? extends Throwable> expected = ci ? AssertionFailedError.class : TestAbortedException.class;
        Throwable thrown = assertThrows(expected, () -> ContainerTools.require("no-such-container-tool"));

        assertTrue(thrown.getMessage().startsWith("no-such-container-tool not found on the PATH"), thrown.getMessage());
    }
}
