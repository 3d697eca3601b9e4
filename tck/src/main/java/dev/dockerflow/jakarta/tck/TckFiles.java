package dev.dockerflow.jakarta.tck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files that a scenario puts where the deployed application reads them. The kit expects the runtime
 * to share this machine's file system, as the runtimes it manages do.
 */
public final class TckFiles {

    private TckFiles() {
    }

    /** {@return a new empty folder, deleted when the JVM exits} */
    public static Path emptyFolder() {
        try {
            Path folder = Files.createTempDirectory("dockerflow-tck");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a file, deleted when the JVM exits.
     *
     * @param file the file to write, replaced if it exists
     * @param text its content
     */
    public static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
            file.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
