package dev.dockerflow.samples.smoke;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed Dockerfile: its parser directives, its instructions and the build stages they form.
 *
 * <p>Parsing follows the Dockerfile reference: parser directives only at the top, comment lines and
 * blank lines ignored (inside a continuation too), the escape character ({@code \} unless an
 * {@code escape} directive says {@code `}) continuing a line, instruction names in any case,
 * {@code --name=value} options, here-documents, and exec-form JSON arrays. A file the builder would
 * reject fails with a {@link DockerfileSyntaxException} naming the line, rather than being read in a
 * way the builder would not.
 */
public final class Dockerfile {

    private final Map<String, String> directives;
    private final char escape;
    private final List<Instruction> instructions;
    private final List<Stage> stages;

    Dockerfile(Map<String, String> directives, char escape, List<Instruction> instructions) {
        this.directives = Collections.unmodifiableMap(directives);
        this.escape = escape;
        this.instructions = List.copyOf(instructions);
        this.stages = stages(this.instructions, new ShellWords(escape));
    }

    /**
     * @param text a Dockerfile's content
     * @return the parsed Dockerfile
     * @throws DockerfileSyntaxException when the builder would reject it
     */
    public static Dockerfile parse(String text) {
        return DockerfileParser.parse(text);
    }

    /**
     * @param file a Dockerfile, in UTF-8
     * @return the parsed Dockerfile
     * @throws IOException when it cannot be read
     * @throws DockerfileSyntaxException when the builder would reject it
     */
    public static Dockerfile read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** @return the parser directives ({@code syntax}, {@code escape}, {@code check}), names in lower case */
    public Map<String, String> directives() {
        return directives;
    }

    /** @return the character that escapes and continues lines */
    public char escape() {
        return escape;
    }

    /** @return every instruction in order, the {@code ARG}s before the first {@code FROM} included */
    public List<Instruction> instructions() {
        return instructions;
    }

    /** @return the build stages in order */
    public List<Stage> stages() {
        return stages;
    }

    /** @return the last stage: the one that becomes the image unless a build names another target */
    public Stage finalStage() {
        return stages.get(stages.size() - 1);
    }

    /**
     * The stages whose instructions shape an image built from a stage: a stage that starts
     * {@code FROM} an earlier stage inherits that stage's users, environment and files.
     *
     * @param stage one of this file's stages
     * @return the stage's ancestors within this file, the oldest first, then the stage itself
     */
    public List<Stage> lineage(Stage stage) {
        List<Stage> lineage = new ArrayList<>();
        Stage current = stage;
        while (current != null) {
            lineage.add(0, current);
            current = parentOf(current).orElse(null);
        }
        return lineage;
    }

    private Optional<Stage> parentOf(Stage stage) {
        String image = stage.image().toLowerCase(Locale.ROOT);
        // A stage may only start from one defined above it, so search the stages before it.
        for (int i = stages.indexOf(stage) - 1; i >= 0; i--) {
            if (stages.get(i).name().filter(image::equals).isPresent()) {
                return Optional.of(stages.get(i));
            }
        }
        return Optional.empty();
    }

    private static List<Stage> stages(List<Instruction> instructions, ShellWords words) {
        List<Stage> stages = new ArrayList<>();
        Instruction from = null;
        List<Instruction> body = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (instruction.is("FROM")) {
                if (from != null) {
                    stages.add(stage(from, body, words));
                }
                from = instruction;
                body = new ArrayList<>();
            } else if (from != null) {
                body.add(instruction);
            } else if (!instruction.is("ARG")) {
                throw new DockerfileSyntaxException(instruction.line(),
                        instruction.keyword() + " before the first FROM (only ARG may come before it)");
            }
        }
        if (from == null) {
            throw new DockerfileSyntaxException(instructions.isEmpty() ? 1 : instructions.get(0).line(),
                    "no FROM instruction");
        }
        stages.add(stage(from, body, words));
        return List.copyOf(stages);
    }

    private static Stage stage(Instruction from, List<Instruction> body, ShellWords words) {
        List<String> parts = words.split(from.arguments());
        if (parts.size() == 1) {
            return new Stage(from, words.unquote(parts.get(0)), Optional.empty(), body);
        }
        if (parts.size() == 3 && parts.get(1).equalsIgnoreCase("AS")) {
            return new Stage(from, words.unquote(parts.get(0)),
                    Optional.of(words.unquote(parts.get(2)).toLowerCase(Locale.ROOT)), body);
        }
        throw new DockerfileSyntaxException(from.line(), "FROM takes an image and optionally AS name: " + from);
    }
}
