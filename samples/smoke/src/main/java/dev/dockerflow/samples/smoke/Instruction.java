package dev.dockerflow.samples.smoke;

import java.util.List;
import java.util.Optional;

/**
 * One Dockerfile instruction, its continuation lines joined, as the builder sees it before it expands
 * variables.
 *
 * <p>The arguments are kept as written (quotes included) because their meaning depends on the
 * instruction; an argument list written as a JSON array (the exec form) is also available parsed,
 * since that form is what decides whether a command runs under {@code /bin/sh -c}.
 */
public final class Instruction {

    /**
     * A {@code --name=value} option written before the arguments, such as {@code COPY --chown=app:app}.
     *
     * @param name the option's name, without the leading dashes
     * @param value its value with quotes removed; empty for an option written without a value
     */
    public record Flag(String name, String value) {
    }

    /**
     * A here-document ({@code RUN <<EOF}) whose lines follow the instruction in the Dockerfile.
     *
     * @param name the word that ends it
     * @param content its lines, each ending with a line feed
     */
    public record Heredoc(String name, String content) {
    }

    private final int line;
    private final String keyword;
    private final List<Flag> flags;
    private final String arguments;
    private final List<String> execForm;
    private final List<Heredoc> heredocs;

    Instruction(int line, String keyword, List<Flag> flags, String arguments, List<String> execForm,
            List<Heredoc> heredocs) {
        this.line = line;
        this.keyword = keyword;
        this.flags = List.copyOf(flags);
        this.arguments = arguments;
        this.execForm = execForm == null ? null : List.copyOf(execForm);
        this.heredocs = List.copyOf(heredocs);
    }

    /** @return the 1-based line where the instruction starts */
    public int line() {
        return line;
    }

    /** @return the instruction's name in upper case ({@code run} and {@code RUN} are the same instruction) */
    public String keyword() {
        return keyword;
    }

    /**
     * @param name an instruction name, in any case
     * @return whether this is that instruction
     */
    public boolean is(String name) {
        return keyword.equalsIgnoreCase(name);
    }

    /** @return the options written before the arguments, in order; an option may repeat ({@code RUN --mount}) */
    public List<Flag> flags() {
        return flags;
    }

    /**
     * @param name an option's name without the leading dashes
     * @return the value of its last occurrence, or empty when the option is absent
     */
    public Optional<String> flag(String name) {
        Optional<String> value = Optional.empty();
        for (Flag flag : flags) {
            if (flag.name().equals(name)) {
                value = Optional.of(flag.value());
            }
        }
        return value;
    }

    /** @return the text after the keyword and the options, as written, continuation lines joined */
    public String arguments() {
        return arguments;
    }

    /** @return whether the arguments are a JSON array of strings (the exec form) */
    public boolean isExecForm() {
        return execForm != null;
    }

    /**
     * @return the elements of the JSON array
     * @throws IllegalStateException when the instruction is in shell form
     */
    public List<String> execForm() {
        if (execForm == null) {
            throw new IllegalStateException(this + " is in shell form");
        }
        return execForm;
    }

    /** @return the here-documents the instruction reads, in order */
    public List<Heredoc> heredocs() {
        return heredocs;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(keyword);
        for (Flag flag : flags) {
            text.append(" --").append(flag.name());
            if (!flag.value().isEmpty()) {
                text.append('=').append(flag.value());
            }
        }
        return text.append(' ').append(arguments).toString();
    }
}
