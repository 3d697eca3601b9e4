package dev.dockerflow.samples.bench.driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The run's folder (servers' logs, wrk's script and output), emptied at the start of each run so
 * that a log holds one run only. Only a folder this class made is ever emptied: it leaves a marker
 * file, and a folder that has files but no marker is refused, so that a mistyped {@code --work} cannot
 * delete anything else.
 */
final class Workspace {

    static final String MARKER = ".bench-work";

    private Workspace() {
    }

    /**
     * @param dir the folder
     * @return the folder, empty but for the marker
     * @throws BenchFailure when it holds files but no marker
     */
    static Path reset(Path dir) {
        try {
            if (Files.isDirectory(dir)) {
                boolean empty;
                try (Stream<Path> entries = Files.list(dir)) {
                    empty = entries.findAny().isEmpty();
                }
                if (!empty && !Files.exists(dir.resolve(MARKER))) {
                    throw new BenchFailure(dir + " is not empty and was not made by the benchmark: not emptying it");
                }
                try (Stream<Path> tree = Files.walk(dir)) {
                    for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                        if (!path.equals(dir)) {
                            Files.delete(path);
                        }
                    }
                }
            }
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(MARKER), "made by the benchmark driver; emptied at each run\n");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dir, e);
        }
    }
}
