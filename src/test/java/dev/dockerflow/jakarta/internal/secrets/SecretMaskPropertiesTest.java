package dev.dockerflow.jakarta.internal.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the URL, DSN or {@code key=value} text, and whatever the secret in it holds, the secret is gone from the
 * masked text and everything else is left as it was: each case is generated with the text a reader must see.
 */
class SecretMaskPropertiesTest {

    /** Characters a password may hold in a URL's user information, the delimiters of a URL among them. */
    private static final String URL_SECRET_CHARS = "abcXYZ019/?#@:;&=!$%+,.~-_[]()'\"{}^|<>*";
    /** Characters a bare value may hold: anything but spaces and what ends a value in a list ({@code ; & , ) } ]}, quotes). */
    private static final String BARE_SECRET_CHARS = "abcXYZ019/?#@:=!$%+.~-_^|<>*";
    /** Words around a secret: nothing in them looks like a key or a URL. */
    private static final List<String> WORDS = List.of("cannot", "connect", "to", "the", "database", "at", "refused", "(x)",
            "host", "port 5432", "notes", "caused by:", "ERROR", "user=notes", "ssl=true");

    @Property(tries = 1000)
    void urlPasswordsAreMasked(@ForAll("urls") Case url, @ForAll("sentences") String before, @ForAll("sentences") String after) {
        assertEquals(before + url.masked() + after, SecretMask.mask(before + url.text() + after), url.text());
    }

    @Property(tries = 1000)
    void keyValueSecretsAreMasked(@ForAll("keyValues") Case pair, @ForAll("sentences") String before,
            @ForAll("tails") String after) {
        assertEquals(before + pair.masked() + after, SecretMask.mask(before + pair.text() + after), pair.text());
    }

    /** A text holding a secret, and the same text as a reader must see it. */
    record Case(String text, String masked) {
    }

    @Provide
    Arbitrary<String> sentences() {
        return Arbitraries.of(WORDS).list().ofMaxSize(4).map(words -> words.isEmpty() ? "" : String.join(" ", words) + " ")
                .flatMap(text -> Arbitraries.of(text, text.strip().isEmpty() ? "" : " " + text.strip()));
    }

    @Provide
    Arbitrary<String> tails() {
        Arbitrary<String> delimiter = Arbitraries.of(";", "&", ",", ")", "}", "]", " ");
        Arbitrary<String> rest = Arbitraries.of("", "user=notes", "encrypt=true", " host=db", "ssl=true)", " refused");
        return Arbitraries.oneOf(Arbitraries.just(""), Combinators.combine(delimiter, rest).as(String::concat));
    }

    @Provide
    Arbitrary<Case> urls() {
        Arbitrary<String> scheme = Arbitraries.of("postgres", "postgresql", "jdbc:postgresql", "jdbc:mysql", "mysql",
                "redis", "rediss", "amqp", "https", "mongodb+srv");
        Arbitrary<String> user = Arbitraries.strings().withChars("abcnotesUSR019_.-").ofMaxLength(8);
        Arbitrary<String> password = Arbitraries.strings().withChars(URL_SECRET_CHARS).ofMinLength(1).ofMaxLength(16)
                .filter(secret -> !secret.chars().allMatch(c -> c == '*'));
        Arbitrary<String> host = Arbitraries.of("db", "127.0.0.1", "db.internal.example", "[::1]", "cache-1");
        Arbitrary<String> port = Arbitraries.of("", ":5432", ":6379");
        Arbitrary<String> rest = Arbitraries.of("", "/", "/notes", "/0", "/notes?ssl=true", "/notes?sslmode=require&user=x");
        return Combinators.combine(scheme, user, password, host, port, rest).as((s, u, p, h, o, r) -> new Case(
                s + "://" + u + ":" + p + "@" + h + o + r, s + "://" + u + ":" + SecretMask.MASK + "@" + h + o + r));
    }

    @Provide
    Arbitrary<Case> keyValues() {
        Arbitrary<String> key = Arbitraries.of("password", "PASSWORD", "Password", "passwd", "pwd", "secret", "client_secret",
                "SECRET_KEY", "token", "access_token", "apikey", "api_key", "API-KEY", "access_key", "AccessKey",
                "DATABASE_PASSWORD");
        Arbitrary<String> separator = Arbitraries.of("=", ": ", ":", " = ", " : ");
        Arbitrary<String> bare = Arbitraries.strings().withChars(BARE_SECRET_CHARS).ofMinLength(1).ofMaxLength(16)
                .filter(secret -> !secret.chars().allMatch(c -> c == '*'));
        Arbitrary<String[]> quoted = Combinators.combine(Arbitraries.of("\"", "'"),
                Arbitraries.strings().withChars(BARE_SECRET_CHARS + " ,;&)}]").ofMinLength(1).ofMaxLength(16))
                .as((quote, secret) -> new String[] {quote + secret.replace(quote, "") + quote, quote + SecretMask.MASK + quote});
        Arbitrary<String[]> value = Arbitraries.oneOf(bare.map(secret -> new String[] {secret, SecretMask.MASK}), quoted,
                Arbitraries.strings().withChars(BARE_SECRET_CHARS + " ;,").ofMinLength(1).ofMaxLength(16)
                        .map(secret -> new String[] {"{" + secret + "}", "{" + SecretMask.MASK + "}"}));
        Arbitrary<Boolean> json = Arbitraries.of(false, true);
        return Combinators.combine(key, separator, value, json).as((k, s, v, j) -> {
            String shownKey = j ? "\"" + k + "\"" : k;
            return new Case(shownKey + s + v[0], shownKey + s + v[1]);
        });
    }
}
