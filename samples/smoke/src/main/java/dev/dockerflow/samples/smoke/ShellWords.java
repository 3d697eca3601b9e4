package dev.dockerflow.samples.smoke;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of an instruction's arguments the way the builder reads them: split on whitespace outside
 * quotes, then quotes and escapes removed and {@code $NAME}, {@code ${NAME}}, {@code ${NAME:-word}} and
 * {@code ${NAME:+word}} expanded, so that {@code EXPOSE ${PORT}} and {@code EXPOSE 8000} compare equal.
 */
final class ShellWords {

    private static final Pattern BRACED = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])(.*))?", Pattern.DOTALL);

    private final char escape;

    /** @param escape the Dockerfile's escape character */
    ShellWords(char escape) {
        this.escape = escape;
    }

    /** @return the escape character */
    char escape() {
        return escape;
    }

    /**
     * @param text arguments
     * @return the words, quotes and escapes still in them
     * @throws IllegalArgumentException when a quote is not closed
     */
    List<String> split(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (true) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i == text.length()) {
                return words;
            }
            int end = wordEnd(text, i);
            words.add(text.substring(i, end));
            i = end;
        }
    }

    /**
     * @param text arguments
     * @param start where a word starts
     * @return the index just past the word: the first whitespace outside quotes, or the end
     * @throws IllegalArgumentException when a quote is not closed
     */
    int wordEnd(String text, int start) {
        return wordEnd(text, start, escape, "");
    }

    /**
     * @param text   shell text
     * @param start  where a word starts
     * @param escape the escape character
     * @param enders characters besides whitespace that end a word outside quotes
     * @return the index just past the word, or the end
     * @throws IllegalArgumentException when a quote is not closed
     */
    static int wordEnd(String text, int start, char escape, String enders) {
        char quote = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == 0 && (Character.isWhitespace(c) || enders.indexOf(c) >= 0)) {
                return i;
            }
            if (c == escape && quote != '\'') {
                i++;
            } else if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unterminated quote in " + text.substring(start));
        }
        return text.length();
    }

    /**
     * @param word one word
     * @return the word with quotes and escapes removed, {@code $} left as written
     */
    String unquote(String word) {
        return process(word, null);
    }

    /**
     * @param word one word
     * @param variables the values of the variables in scope; a variable not in it expands to nothing
     * @return the word with quotes and escapes removed and variables expanded
     */
    String expand(String word, Map<String, String> variables) {
        return process(word, Objects.requireNonNull(variables));
    }

    private String process(String word, Map<String, String> variables) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            if (c == '\'') {
                int end = word.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated single quote in " + word);
                }
                out.append(word, i + 1, end);
                i = end + 1;
            } else if (c == '"') {
                i = doubleQuoted(word, i + 1, out, variables);
            } else if (c == escape) {
                if (i + 1 < word.length()) {
                    out.append(word.charAt(i + 1));
                }
                i += 2;
            } else if (c == '$' && variables != null) {
                i = variable(word, i + 1, out, variables);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private int doubleQuoted(String word, int start, StringBuilder out, Map<String, String> variables) {
        int i = start;
        while (i < word.length()) {
            char c = word.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            // Inside double quotes the escape character only escapes what would otherwise end or
            // expand the string; before any other character it stays, as in a shell.
            if (c == escape && i + 1 < word.length() && isEscapableInDoubleQuotes(word.charAt(i + 1))) {
                out.append(word.charAt(i + 1));
                i += 2;
            } else if (c == '$' && variables != null) {
                i = variable(word, i + 1, out, variables);
            } else {
                out.append(c);
                i++;
            }
        }
        throw new IllegalArgumentException("unterminated double quote in " + word);
    }

    private boolean isEscapableInDoubleQuotes(char c) {
        return c == '"' || c == '$' || c == escape;
    }

    private int variable(String word, int start, StringBuilder out, Map<String, String> variables) {
        if (start < word.length() && word.charAt(start) == '{') {
            int close = closingBrace(word, start);
            Matcher braced = BRACED.matcher(word.substring(start + 1, close));
            if (!braced.matches()) {
                throw new IllegalArgumentException("unsupported substitution " + word.substring(start - 1, close + 1));
            }
            String value = variables.get(braced.group(1));
            String operator = braced.group(2);
            if (operator == null) {
                out.append(value == null ? "" : value);
            } else {
                boolean set = value != null && !(operator.startsWith(":") && value.isEmpty());
                String alternative = process(braced.group(3), variables);
                if (operator.endsWith("-")) {
                    out.append(set ? value : alternative);
                } else if (set) {
                    out.append(alternative);
                }
            }
            return close + 1;
        }
        int end = start;
        while (end < word.length() && isNameChar(word.charAt(end), end == start)) {
            end++;
        }
        if (end == start) {
            // A dollar sign not followed by a name is literal, as in a shell.
            out.append('$');
            return start;
        }
        String value = variables.get(word.substring(start, end));
        out.append(value == null ? "" : value);
        return end;
    }

    private static int closingBrace(String word, int open) {
        int depth = 0;
        for (int i = open; i < word.length(); i++) {
            if (word.charAt(i) == '{') {
                depth++;
            } else if (word.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unterminated ${ in " + word);
    }

    private static boolean isNameChar(char c, boolean first) {
        return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (!first && c >= '0' && c <= '9');
    }
}
