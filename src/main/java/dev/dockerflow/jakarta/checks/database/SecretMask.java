package dev.dockerflow.jakarta.checks.database;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes a driver's error text safe to show in the heartbeat and its logs. Drivers and pools quote
 * connection URLs and properties in their messages, and a URL may carry a password
 * ({@code jdbc:postgresql://app:s3cret@db/notes}, {@code ...?password=s3cret}); the heartbeat body
 * may be public. Not API.
 */
public final class SecretMask {

    /** Shown instead of a secret. */
    static final String MASK = "***";
    /** Longest description kept: some tools put whole stack traces or SQL scripts in their messages. */
    static final int MAX_LENGTH = 1000;
    /** How many causes a description follows: wrappers rarely add anything past a few levels. */
    private static final int MAX_CAUSES = 5;

    /** {@code password=...}, {@code pwd: ...}, {@code secret=...} and their kin, quoted or not. */
    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)((?:password|passwd|pwd|secret|token|api[-_]?key|access[-_]?key)\\s*[=:]\\s*)"
                    + "(\"[^\"]*\"|'[^']*'|[^\\s;&,)}\\]\"']+)");
    /** The password in a URL's user information: {@code scheme://user:password@host}. */
    private static final Pattern URL_PASSWORD = Pattern.compile("(://[^/:@\\s]*:)[^@\\s/?#&]+@");

    /** A line of dashes, below which some tools repeat what they already said. */
    private static final Pattern RULE = Pattern.compile("\\R-{8,}");

    private SecretMask() {
    }

    /**
     * @param text any text
     * @return the text with every password-like value replaced by {@value #MASK}
     */
    public static String mask(String text) {
        String masked = KEY_VALUE.matcher(text).replaceAll("$1" + MASK);
        return URL_PASSWORD.matcher(masked).replaceAll("$1" + MASK + "@");
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
        text = mask(text);
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }
}
