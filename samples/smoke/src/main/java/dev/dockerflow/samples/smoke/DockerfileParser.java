package dev.dockerflow.samples.smoke;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;

/** Turns a Dockerfile's text into instructions, following the Dockerfile reference's reading rules. */
final class DockerfileParser {

    private static final Set<String> KEYWORDS = Set.of("ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE",
            "FROM", "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME",
            "WORKDIR");
    private static final Set<String> EXEC_FORM = Set.of("ADD", "CMD", "COPY", "ENTRYPOINT", "RUN", "SHELL", "VOLUME");
    private static final Set<String> HEREDOCS = Set.of("ADD", "COPY", "RUN");
    private static final Set<String> DIRECTIVES = Set.of("syntax", "escape", "check");

    private static final Pattern DIRECTIVE = Pattern.compile("#\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*=\\s*(.+?)\\s*");
    // "<<<" is a here-string, not a here-document: neither side may be another '<'.
    private static final Pattern HEREDOC = Pattern.compile("(?<![<\\w])<<(-?)([\"']?)([A-Za-z_][A-Za-z0-9_]*)\\2(?!<)");

    private final String[] lines;
    private final Map<String, String> directives = new LinkedHashMap<>();
    private char escape = '\\';
    private int next;

    private DockerfileParser(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.lines = withoutBom.split("\r?\n", -1);
    }

    static Dockerfile parse(String text) {
        DockerfileParser parser = new DockerfileParser(text);
        parser.readDirectives();
        List<Instruction> instructions = parser.readInstructions();
        return new Dockerfile(parser.directives, parser.escape, instructions);
    }

    private void readDirectives() {
        // Directives end at the first line that is not one: a blank line, a plain comment, an
        // instruction, or an unknown directive (which the builder treats as a comment).
        while (next < lines.length) {
            Matcher directive = DIRECTIVE.matcher(lines[next].strip());
            if (!directive.matches()) {
                return;
            }
            String name = directive.group(1).toLowerCase(Locale.ROOT);
            if (!DIRECTIVES.contains(name)) {
                return;
            }
            if (directives.containsKey(name)) {
                throw new DockerfileSyntaxException(next + 1, "only one " + name + " parser directive can be used");
            }
            String value = directive.group(2);
            if (name.equals("escape")) {
                if (!value.equals("\\") && !value.equals("`")) {
                    throw new DockerfileSyntaxException(next + 1, "the escape directive takes \\ or `, not " + value);
                }
                escape = value.charAt(0);
            }
            directives.put(name, value);
            next++;
        }
    }

    private List<Instruction> readInstructions() {
        Pattern continuation = Pattern.compile(Pattern.quote(String.valueOf(escape)) + "[ \\t]*$");
        ShellWords words = new ShellWords(escape);
        List<Instruction> instructions = new ArrayList<>();
        while (next < lines.length) {
            int start = next + 1;
            String first = lines[next++].stripLeading();
            if (first.isEmpty() || first.startsWith("#")) {
                continue;
            }
            StringBuilder logical = new StringBuilder();
            boolean continued = appendLine(first, continuation, logical);
            while (continued && next < lines.length) {
                String line = lines[next++];
                // The builder drops comment and blank lines inside a continuation instead of ending it.
                String stripped = line.strip();
                if (stripped.isEmpty() || stripped.startsWith("#")) {
                    continue;
                }
                continued = appendLine(line, continuation, logical);
            }
            instructions.add(instruction(start, logical.toString(), words));
        }
        return instructions;
    }

    private static boolean appendLine(String line, Pattern continuation, StringBuilder logical) {
        Matcher end = continuation.matcher(line);
        if (end.find()) {
            logical.append(line, 0, end.start());
            return true;
        }
        logical.append(line);
        return false;
    }

    private Instruction instruction(int line, String text, ShellWords words) {
        String trimmed = text.strip();
        int space = firstWhitespace(trimmed);
        String name = space < 0 ? trimmed : trimmed.substring(0, space);
        String keyword = name.toUpperCase(Locale.ROOT);
        if (!KEYWORDS.contains(keyword)) {
            throw new DockerfileSyntaxException(line, "unknown instruction " + name);
        }
        String rest = space < 0 ? "" : trimmed.substring(space).strip();
        List<Instruction.Flag> flags = new ArrayList<>();
        try {
            while (rest.startsWith("--")) {
                int end = words.wordEnd(rest, 0);
                String flag = rest.substring(2, end);
                rest = rest.substring(end).strip();
                if (flag.isEmpty()) {
                    break;
                }
                int equals = flag.indexOf('=');
                flags.add(equals < 0 ? new Instruction.Flag(flag, "")
                        : new Instruction.Flag(flag.substring(0, equals), words.unquote(flag.substring(equals + 1))));
            }
        } catch (IllegalArgumentException e) {
            throw new DockerfileSyntaxException(line, e.getMessage());
        }
        if (rest.isEmpty()) {
            throw new DockerfileSyntaxException(line, keyword + " requires arguments");
        }
        List<String> execForm = EXEC_FORM.contains(keyword) ? execForm(line, rest) : null;
        List<Instruction.Heredoc> heredocs = execForm == null && HEREDOCS.contains(keyword)
                ? heredocs(line, rest) : List.of();
        return new Instruction(line, keyword, flags, rest, execForm, heredocs);
    }

    private static int firstWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> execForm(int line, String arguments) {
        if (!arguments.startsWith("[")) {
            return null;
        }
        JsonArray array;
        try (JsonParser parser = Json.createParser(new StringReader(arguments))) {
            parser.next();
            array = parser.getArray();
            // Text after the array makes the whole line something else than JSON.
            if (parser.hasNext()) {
                return null;
            }
        } catch (JsonException notJson) {
            // What does not parse as JSON is shell form, even when it starts with '[': the builder
            // then runs it under /bin/sh -c, which is exactly what a rule on exec form must catch.
            return null;
        }
        List<String> elements = new ArrayList<>();
        for (JsonValue element : array) {
            if (element.getValueType() != JsonValue.ValueType.STRING) {
                throw new DockerfileSyntaxException(line, "the JSON array must hold strings only: " + arguments);
            }
            elements.add(((JsonString) element).getString());
        }
        return elements;
    }

    private List<Instruction.Heredoc> heredocs(int line, String arguments) {
        List<Instruction.Heredoc> heredocs = new ArrayList<>();
        Matcher marker = HEREDOC.matcher(arguments);
        while (marker.find()) {
            boolean stripTabs = !marker.group(1).isEmpty();
            String name = marker.group(3);
            StringBuilder content = new StringBuilder();
            while (true) {
                if (next == lines.length) {
                    throw new DockerfileSyntaxException(line, "here-document " + name + " is not terminated");
                }
                String body = lines[next++];
                if (stripTabs) {
                    body = body.replaceFirst("^\\t+", "");
                }
                if (body.equals(name)) {
                    break;
                }
                content.append(body).append('\n');
            }
            heredocs.add(new Instruction.Heredoc(name, content.toString()));
        }
        return heredocs;
    }
}
