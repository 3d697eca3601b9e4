package dev.dockerflow.samples.smoke;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The simple commands of a {@code RUN} script, so that a {@code useradd} is found wherever it sits in a
 * chain such as {@code set -eux; groupadd ... && useradd ...}.
 *
 * <p>This is not a shell: it splits on the operators that separate commands ({@code && || ; | &},
 * parentheses, line feeds), drops comments and redirections, and expands only the variables the
 * Dockerfile sets, which is what finding a command and its options needs.
 */
final class ShellCommands {

    private static final String SEPARATORS = ";&|()\n";
    private static final String WORD_ENDS = SEPARATORS + "<>";

    private ShellCommands() {
    }

    /**
     * @param script a shell script
     * @param variables the variables the Dockerfile sets; others expand to nothing
     * @return each simple command's words, quotes removed and variables expanded
     * @throws IllegalArgumentException when a quote is not closed
     */
    static List<List<String>> of(String script, Map<String, String> variables) {
        // Scripts always use the shell's backslash, whatever the Dockerfile's escape directive says.
        ShellWords words = new ShellWords('\\');
        List<List<String>> commands = new ArrayList<>();
        List<String> command = new ArrayList<>();
        int lastWordEnd = -1;
        boolean lastWordIsNumber = false;
        int i = 0;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (c == '\\' && i + 1 < script.length() && script.charAt(i + 1) == '\n') {
                i += 2;
            } else if (SEPARATORS.indexOf(c) >= 0) {
                flush(command, commands);
                command = new ArrayList<>();
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? script.length() : end;
            } else if (c == '<' || c == '>') {
                // A redirection and its target are no arguments: "useradd ... app 2>/dev/null" names app.
                if (i == lastWordEnd && lastWordIsNumber) {
                    command.remove(command.size() - 1);
                }
                i = skipRedirection(script, i);
            } else {
                int end = wordEnd(script, i);
                String word = script.substring(i, end);
                command.add(words.expand(word, variables));
                lastWordEnd = end;
                lastWordIsNumber = word.chars().allMatch(Character::isDigit);
                i = end;
            }
        }
        flush(command, commands);
        return commands;
    }

    private static int skipRedirection(String script, int start) {
        int i = start;
        while (i < script.length() && (script.charAt(i) == '<' || script.charAt(i) == '>')) {
            i++;
        }
        if (i < script.length() && (script.charAt(i) == '&' || script.charAt(i) == '|')) {
            i++;
        }
        while (i < script.length() && (script.charAt(i) == ' ' || script.charAt(i) == '\t')) {
            i++;
        }
        return i < script.length() && SEPARATORS.indexOf(script.charAt(i)) < 0 ? wordEnd(script, i) : i;
    }

    private static void flush(List<String> command, List<List<String>> commands) {
        if (!command.isEmpty()) {
            commands.add(List.copyOf(command));
        }
    }

    private static int wordEnd(String script, int start) {
        return ShellWords.wordEnd(script, start, '\\', WORD_ENDS);
    }
}
