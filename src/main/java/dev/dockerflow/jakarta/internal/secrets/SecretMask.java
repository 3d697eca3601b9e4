package dev.dockerflow.jakarta.internal.secrets;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a text safe to show in the heartbeat and its logs. Drivers, pools, clients and health checks quote
 * connection URLs, properties and configuration in their messages and data, and a URL may carry a password
 * ({@code postgres://app:s3cret@db/notes}, {@code ...?password=s3cret}, {@code ;password=s3cret}); the heartbeat
 * body may be public. The heartbeat masks every message it reports with {@link #mask(String)}. Not API.
 */
public final class SecretMask {

    /** Shown instead of a secret. */
    public static final String MASK = "***";
    /** Longest description kept: some tools put whole stack traces or SQL scripts in their messages. */
    static final int MAX_LENGTH = 1000;
    /** How many causes a description follows: wrappers rarely add anything past a few levels. */
    private static final int MAX_CAUSES = 5;

    /**
     * {@code password=...}, {@code pwd: ...}, {@code "api_key": "..."}, {@code client_secret=...} and their kin: a key
     * holding one of the words, maybe quoted, {@code =} or {@code :}, then a value, quoted ({@code "..."},
     * {@code '...'}, SQL Server's {@code {...}}) or bare up to a space, a quote or what ends a value in a list
     * ({@code ; & , ) } ]}).
     */
    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)((?:password|passwd|pwd|secret|token|api[-_]?key|access[-_]?key)[\\w-]*[\"']?\\s*[=:]\\s*)"
                    + "(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|\\{[^}]*}|[^\\s;&,)}\\]\"']+)");
    /**
     * The password in a URL's user information, {@code scheme://user:password@host}. A password may hold any
     * delimiter of a URL ({@code / ? # @ :}) when a tool quotes it unencoded, so it runs to the last {@code @} before
     * the next space that a host follows: masking too much is safe, too little is not.
     */
    private static final Pattern URL_PASSWORD = Pattern.compile("(://[^/:@\\s]*:)(\\S*)@(?=[\\w\\[])");
    /** A value that is a mask already (a client's own {@code ****}): kept as it is. */
    private static final Pattern MASKED = Pattern.compile("\\*+");

    /** A line of dashes, below which some tools repeat what they already said. */
    private static final Pattern RULE = Pattern.compile("\\R-{8,}");

    private SecretMask() {
    }

    /**
     * A check message as the heartbeat reports it, with passwords, tokens and keys in its text and hint masked.
     *
     * @param message the message
     * @return a copy without secrets
     */
    public static CheckMessage masked(CheckMessage message) {
        return new CheckMessage(message.level(), message.id(), mask(message.text()), mask(message.hint()));
    }

    /**
     * @param text any text, or {@code null}
     * @return the text with every password-like value replaced by {@value #MASK} (a quoted value keeps its quotes);
     *         {@code null} for {@code null}
     */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = replace(URL_PASSWORD, text, value -> MASKED.matcher(value).matches() ? value : MASK, "@");
        return replace(KEY_VALUE, masked, SecretMask::maskValue, "");
    }

    private static String maskValue(String value) {
        char first = value.charAt(0);
        if (value.length() >= 2 && (first == '"' || first == '\'' || first == '{')) {
            return first + MASK + value.charAt(value.length() - 1);
        }
        return MASK;
    }

    private static String replace(Pattern pattern, String text, UnaryOperator<String> secret, String suffix) {
        return pattern.matcher(text).replaceAll(
                match -> Matcher.quoteReplacement(match.group(1) + secret.apply(match.group(2)) + suffix));
    }

    /**
     * What went wrong, for a message text: the exception's message and those of its causes that add
     * something, masked and shortened.
     *
     * @param failure what a driver, pool or tool threw
     * @return a one-line description without secrets
     */
    public static String describe(Throwable failure) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < MAX_CAUSES; cause = cause.getCause(), depth++) {
            String message = cause.getMessage();
            // new RuntimeException(cause) takes its cause's toString() for a message: it says nothing new.
            if (message == null || message.isBlank()
                    || cause.getCause() != null && message.equals(cause.getCause().toString())) {
                continue;
            }
            // Flyway appends a block of details (SQL state, error code, the message again) below a rule.
            String line = RULE.split(message, 2)[0].strip().replaceAll("\\s*\\R\\s*", " ");
            // Wrappers often repeat their cause's message, or carry the cause's toString() as theirs.
            if (parts.stream().noneMatch(seen -> seen.contains(line))) {
                parts.add(line);
            }
        }
        String text = parts.isEmpty() ? failure.getClass().getName() : String.join("; caused by: ", parts);
        // Masked before it is shortened: a cut could leave half a URL that no mask recognises afterwards.
        text = mask(text);
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }
}
