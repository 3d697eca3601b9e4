package dev.dockerflow.samples.smoke;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files {@code docker build} would send from a directory: everything in it that its
 * {@code .dockerignore} does not exclude.
 */
final class BuildContext {

    private final Path root;
    private final DockerIgnore ignore;

    private BuildContext(Path root, DockerIgnore ignore) {
        this.root = root;
        this.ignore = ignore;
    }

    /**
     * @param root the directory the image is built from
     * @return its context
     * @throws IOException when its {@code .dockerignore} cannot be read
     */
    static BuildContext of(Path root) throws IOException {
        Path ignoreFile = root.resolve(".dockerignore");
        DockerIgnore ignore = Files.isRegularFile(ignoreFile)
                ? DockerIgnore.parse(Files.readString(ignoreFile, StandardCharsets.UTF_8)) : DockerIgnore.none();
        return new BuildContext(root, ignore);
    }

    /**
     * @param source a {@code COPY} source
     * @return whether it climbs out of the context with {@code ..}; the builder would silently read
     *         from the context's root instead
     */
    boolean leavesContext(String source) {
        return DockerIgnore.clean(source.replaceFirst("^/+", "")).startsWith("..");
    }

    /**
     * @param source a {@code COPY} source inside the context; it may hold wildcards
     * @return the existing files and directories it names, in order; empty when none
     */
    List<Path> resolve(String source) {
        String cleaned = DockerIgnore.clean(source.replaceFirst("^/+", ""));
        List<Path> matches = List.of(root);
        if (cleaned.equals(".")) {
            return matches;
        }
        for (String segment : cleaned.split("/")) {
            List<Path> next = new ArrayList<>();
            for (Path directory : matches) {
                next.addAll(children(directory, segment));
            }
            matches = next;
        }
        return matches;
    }

    /**
     * @param path a file or directory in the context
     * @return its files (or itself) that {@code .dockerignore} leaves out, relative to the context
     */
    List<String> excluded(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            List<Path> all = files.filter(file -> !Files.isDirectory(file) || file.equals(path))
                    .collect(Collectors.toList());
            // An empty directory's files are all there; only check the directory itself then.
            if (all.size() > 1) {
                all.remove(path);
            }
            return all.stream().map(this::relative).filter(ignore::excludes).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> children(Path directory, String segment) {
        if (!hasWildcard(segment)) {
            Path child = directory.resolve(segment);
            return Files.exists(child) ? List.of(child) : List.of();
        }
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        Pattern pattern = DockerIgnore.compile(segment);
        try (Stream<Path> children = Files.list(directory)) {
            return children.filter(child -> pattern.matcher(child.getFileName().toString()).matches())
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasWildcard(String segment) {
        return segment.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '\\');
    }

    private String relative(Path path) {
        String relative = root.relativize(path).toString().replace('\\', '/');
        return relative.isEmpty() ? "." : relative;
    }
}
