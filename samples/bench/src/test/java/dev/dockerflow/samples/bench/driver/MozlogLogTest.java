package dev.dockerflow.samples.bench.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MozlogLogTest {

    private static final String SUMMARY = "{\"Type\":\"request.summary\",\"Logger\":\"bench\",\"Fields\":{\"path\":\"/items/42\"}}";

    @TempDir
    Path dir;

    @Test
    void countsSummaryLinesAndLeavesOtherLinesAlone() throws IOException {
        Path stdout = Files.writeString(dir.resolve("stdout.log"), String.join("\n", SUMMARY, SUMMARY,
                "{\"Type\":\"dockerflow.heartbeat\",\"Fields\":{\"msg\":\"slow\"}}",
                "JdbcRuntimeExtension,  getAllSystemRAResourcesAndPools = []", ""));
        assertEquals(2, MozlogLog.summaries(stdout));
    }

    @Test
    void aBrokenOrIncompleteLineIsAFailure() throws IOException {
        assertThrows(BenchFailure.class, () -> MozlogLog.summaries(
                Files.writeString(dir.resolve("broken.log"), "{\"Type\":\"request.summary\",\n")));
        assertThrows(BenchFailure.class, () -> MozlogLog.summaries(
                Files.writeString(dir.resolve("pathless.log"), "{\"Type\":\"request.summary\",\"Fields\":{}}\n")));
    }
}
