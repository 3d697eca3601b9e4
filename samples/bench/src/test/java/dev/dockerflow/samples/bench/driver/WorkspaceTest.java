package dev.dockerflow.samples.bench.driver;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void emptiesItsOwnFolderOnly() throws IOException {
        Path work = Workspace.reset(dir.resolve("run"));
        Files.createDirectories(work.resolve("feature"));
        Files.writeString(work.resolve("feature/stdout.log"), "{}\n");
        Workspace.reset(work);
        assertFalse(Files.exists(work.resolve("feature")));
        assertTrue(Files.exists(work.resolve(Workspace.MARKER)));

        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("precious.txt"), "keep me");
        assertThrows(BenchFailure.class, () -> Workspace.reset(other));
        assertTrue(Files.exists(other.resolve("precious.txt")));
    }
}
