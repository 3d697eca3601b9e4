package dev.dockerflow.samples.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ShellWordsTest {

    private final ShellWords words = new ShellWords('\\');
    private final Map<String, String> variables = Map.of("PORT", "8000", "EMPTY", "");

    @Test
    void splitsOnWhitespaceOutsideQuotes() {
        assertEquals(List.of("a", "\"b c\"", "'d e'", "f\\ g"), words.split("  a \"b c\"\t'd e' f\\ g "));
    }

    @Test
    void anUnclosedQuoteIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> words.split("\"a b"));
        assertThrows(IllegalArgumentException.class, () -> words.unquote("'a"));
    }

    @Test
    void removesQuotesAndEscapes() {
        assertEquals("b c", words.unquote("\"b c\""));
        assertEquals("$PORT \\n", words.unquote("'$PORT \\n'"));
        assertEquals("f g", words.unquote("f\\ g"));
        assertEquals("say \"hi\" \\n", words.unquote("\"say \\\"hi\\\" \\n\""));
        assertEquals("$PORT", words.unquote("$PORT"));
    }

    @Test
    void expandsVariablesOutsideSingleQuotes() {
        assertEquals("8000", words.expand("$PORT", variables));
        assertEquals("8000/tcp", words.expand("${PORT}/tcp", variables));
        assertEquals("port 8000", words.expand("\"port $PORT\"", variables));
        assertEquals("$PORT", words.expand("'$PORT'", variables));
        assertEquals("$PORT", words.expand("\\$PORT", variables));
        assertEquals("", words.expand("$UNSET", variables));
        assertEquals("$ 5", words.expand("$ 5", variables));
    }

    @Test
    void expandsDefaultsAndAlternatives() {
        assertEquals("8000", words.expand("${PORT:-9000}", variables));
        assertEquals("9000", words.expand("${UNSET:-9000}", variables));
        assertEquals("9000", words.expand("${EMPTY:-9000}", variables));
        assertEquals("", words.expand("${EMPTY-9000}", variables));
        assertEquals("set", words.expand("${PORT:+set}", variables));
        assertEquals("", words.expand("${EMPTY:+set}", variables));
        assertEquals("set", words.expand("${EMPTY+set}", variables));
        assertEquals("8000", words.expand("${UNSET:-${PORT}}", variables));
        assertThrows(IllegalArgumentException.class, () -> words.expand("${PORT%%0}", variables));
        assertThrows(IllegalArgumentException.class, () -> words.expand("${PORT", variables));
    }

    @Test
    void honoursAnotherEscapeCharacter() {
        ShellWords backtick = new ShellWords('`');

        assertEquals(List.of("C:\\app", "a` b"), backtick.split("C:\\app a` b"));
        assertEquals("C:\\app", backtick.unquote("C:\\app"));
        assertEquals("a b", backtick.unquote("a` b"));
    }
}
