package dev.dockerflow.samples.smoke;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the final stage of a Dockerfile leaves in the image: its environment, working directory, user,
 * ports, entry point and command, the files it copies and the accounts it creates, with variables
 * expanded as the builder expands them. Stages it starts {@code FROM} count as part of it.
 */
final class FinalStage {

    /**
     * A setting and the instruction that made it.
     *
     * @param instruction the instruction
     * @param value the setting, expanded
     */
    record Setting(Instruction instruction, String value) {
    }

    /**
     * A {@code COPY} or {@code ADD}.
     *
     * @param instruction the instruction
     * @param fromContext whether it reads the build context (no {@code --from})
     * @param sources the sources it reads from the build context, expanded; inline here-documents and
     *        remote URLs left out
     * @param destination where it copies to, absolute (a relative destination is under the
     *        {@code WORKDIR} of the moment)
     */
    record Copy(Instruction instruction, boolean fromContext, List<String> sources, String destination) {
    }

    private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash");

    private final ShellWords words;
    private final Map<String, String> arguments = new LinkedHashMap<>();
    private final Map<String, Setting> environment = new LinkedHashMap<>();
    private final List<Setting> exposed = new ArrayList<>();
    private final List<Copy> copies = new ArrayList<>();
    private final List<UserAccounts.Command> commands = new ArrayList<>();
    private String currentDirectory = "/";
    private Setting workdir;
    private Setting user;
    private Instruction entrypoint;
    private Instruction cmd;
    private boolean cmdSetInStage;

    private FinalStage(char escape) {
        this.words = new ShellWords(escape);
    }

    /**
     * @param dockerfile a parsed Dockerfile
     * @return what its final stage leaves in the image
     * @throws DockerfileSyntaxException when an argument cannot be read (an unclosed quote, say)
     */
    static FinalStage of(Dockerfile dockerfile) {
        FinalStage stage = new FinalStage(dockerfile.escape());
        for (Stage part : dockerfile.lineage(dockerfile.finalStage())) {
            stage.cmdSetInStage = false;
            // ARG values do not cross stages; ENV values do, through FROM an earlier stage.
            stage.arguments.clear();
            for (Instruction instruction : part.instructions()) {
                try {
                    stage.apply(instruction);
                } catch (DockerfileSyntaxException e) {
                    throw e;
                } catch (IllegalArgumentException e) {
                    throw new DockerfileSyntaxException(instruction.line(), e.getMessage());
                }
            }
        }
        return stage;
    }

    /** @return the environment variables the image sets, by name */
    Map<String, Setting> environment() {
        return Collections.unmodifiableMap(environment);
    }

    /** @return the last {@code WORKDIR}, resolved to an absolute path, or empty when there is none */
    Optional<Setting> workdir() {
        return Optional.ofNullable(workdir);
    }

    /** @return the last {@code USER}, or empty when the image runs as its base image's user */
    Optional<Setting> user() {
        return Optional.ofNullable(user);
    }

    /** @return every port an {@code EXPOSE} names, as written after expansion ({@code 8000/tcp}, say) */
    List<Setting> exposed() {
        return Collections.unmodifiableList(exposed);
    }

    /** @return every {@code COPY} and {@code ADD}, in order */
    List<Copy> copies() {
        return Collections.unmodifiableList(copies);
    }

    /** @return the groups and users the {@code RUN}s create */
    UserAccounts accounts() {
        return UserAccounts.of(commands);
    }

    /** @return the {@code ENTRYPOINT} in effect, or empty */
    Optional<Instruction> entrypoint() {
        return Optional.ofNullable(entrypoint);
    }

    /** @return the {@code CMD} in effect, or empty */
    Optional<Instruction> cmd() {
        return Optional.ofNullable(cmd);
    }

    private void apply(Instruction instruction) {
        switch (instruction.keyword()) {
            case "ARG" -> arg(instruction);
            case "ENV" -> env(instruction);
            case "WORKDIR" -> {
                currentDirectory = absolute(expand(instruction.arguments()));
                workdir = new Setting(instruction, currentDirectory);
            }
            case "USER" -> user = new Setting(instruction, expand(instruction.arguments()));
            case "EXPOSE" -> {
                for (String port : words.split(instruction.arguments())) {
                    exposed.add(new Setting(instruction, expand(port)));
                }
            }
            case "ENTRYPOINT" -> {
                entrypoint = instruction;
                // The builder drops a CMD inherited from a parent when a stage sets its own ENTRYPOINT.
                if (!cmdSetInStage) {
                    cmd = null;
                }
            }
            case "CMD" -> {
                cmd = instruction;
                cmdSetInStage = true;
            }
            case "COPY", "ADD" -> copy(instruction);
            case "RUN" -> run(instruction);
            default -> {
                // nothing the rules look at
            }
        }
    }

    private void arg(Instruction instruction) {
        for (String word : words.split(instruction.arguments())) {
            int equals = word.indexOf('=');
            String name = equals < 0 ? word : word.substring(0, equals);
            // A build may override an ARG; its default is what a plain build uses.
            arguments.put(name, equals < 0 ? "" : expand(word.substring(equals + 1)));
        }
    }

    private void env(Instruction instruction) {
        List<String> parts = words.split(instruction.arguments());
        Map<String, String> values = new LinkedHashMap<>();
        if (!parts.get(0).contains("=")) {
            // The legacy form "ENV NAME value" sets one variable to the rest of the line.
            String rest = instruction.arguments().substring(parts.get(0).length()).strip();
            values.put(parts.get(0), expand(rest));
        } else {
            for (String part : parts) {
                int equals = part.indexOf('=');
                if (equals <= 0) {
                    throw new IllegalArgumentException("ENV expects NAME=value, not " + part);
                }
                values.put(part.substring(0, equals), expand(part.substring(equals + 1)));
            }
        }
        // Every value of one ENV sees the variables as they were before it.
        values.forEach((name, value) -> environment.put(name, new Setting(instruction, value)));
    }

    private void copy(Instruction instruction) {
        List<String> all = instruction.isExecForm() ? instruction.execForm() : words.split(instruction.arguments());
        if (all.size() < 2) {
            throw new IllegalArgumentException(instruction.keyword() + " needs a source and a destination");
        }
        List<String> sources = new ArrayList<>();
        for (String source : all.subList(0, all.size() - 1)) {
            String expanded = instruction.isExecForm() ? expandJsonString(source) : expand(source);
            boolean inline = !instruction.heredocs().isEmpty() && expanded.startsWith("<<");
            boolean remote = instruction.is("ADD") && (expanded.contains("://") || expanded.startsWith("git@"));
            if (!inline && !remote) {
                sources.add(expanded);
            }
        }
        String last = all.get(all.size() - 1);
        String destination = absolute(instruction.isExecForm() ? expandJsonString(last) : expand(last));
        copies.add(new Copy(instruction, instruction.flag("from").isEmpty(), sources, destination));
    }

    private void run(Instruction instruction) {
        Map<String, String> variables = variables();
        if (instruction.isExecForm()) {
            List<String> exec = instruction.execForm();
            if (exec.size() >= 3 && SHELLS.contains(exec.get(0).substring(exec.get(0).lastIndexOf('/') + 1))
                    && exec.get(1).equals("-c")) {
                addCommands(instruction, ShellCommands.of(exec.get(2), variables));
            } else {
                commands.add(new UserAccounts.Command(instruction, exec));
            }
            return;
        }
        addCommands(instruction, ShellCommands.of(instruction.arguments(), variables));
        for (Instruction.Heredoc heredoc : instruction.heredocs()) {
            addCommands(instruction, ShellCommands.of(heredoc.content(), variables));
        }
    }

    private void addCommands(Instruction instruction, List<List<String>> script) {
        for (List<String> command : script) {
            commands.add(new UserAccounts.Command(instruction, command));
        }
    }

    private String expand(String word) {
        return words.expand(word, variables());
    }

    // A JSON string has no shell quoting left to remove: escape its quotes so that only its
    // variables are expanded.
    private String expandJsonString(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\'' || c == words.escape()) {
                escaped.append(words.escape());
            }
            escaped.append(c);
        }
        return words.expand(escaped.toString(), variables());
    }

    private Map<String, String> variables() {
        // An ENV wins over an ARG of the same name.
        Map<String, String> variables = new LinkedHashMap<>(arguments);
        environment.forEach((name, setting) -> variables.put(name, setting.value()));
        return variables;
    }

    private String absolute(String path) {
        String joined = path.startsWith("/") ? path : currentDirectory + "/" + path;
        List<String> segments = new ArrayList<>();
        for (String segment : joined.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
            } else {
                segments.add(segment);
            }
        }
        return "/" + String.join("/", segments);
    }
}
