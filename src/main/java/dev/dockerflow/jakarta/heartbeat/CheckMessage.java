package dev.dockerflow.jakarta.heartbeat;

import java.util.Objects;

/**
 * One finding of a check: a level, a stable id that operators search logs for, a text and an
 * optional hint on how to fix it.
 *
 * <p>Ids follow python-dockerflow's convention {@code area.LNNN}, for example
 * {@code myapp.disk.W001}.
 *
 * @param level the message's level, one of {@link CheckLevel}'s constants or any integer
 * @param id the message id, never blank
 * @param text what was found
 * @param hint how to fix it, or {@code null}
 */
public record CheckMessage(int level, String id, String text, String hint) {

    /**
     * Validates the parts.
     *
     * @param level the message's level
     * @param id the message id, never blank
     * @param text what was found
     * @param hint how to fix it, or {@code null}
     * @throws NullPointerException when id or text is null
     * @throws IllegalArgumentException when id is blank
     */
    public CheckMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a check message needs a non-blank id");
        }
    }

    /**
     * A message without a hint.
     *
     * @param level the level
     * @param id the id
     * @param text the text
     */
    public CheckMessage(int level, String id, String text) {
        this(level, id, text, null);
    }

    /**
     * A message at debug level, without a hint.
     *
     * @param id the message id, such as {@code myapp.disk.W001}
     * @param text what was found
     * @return a debug message
     */
    public static CheckMessage debug(String id, String text) {
        return new CheckMessage(CheckLevel.DEBUG, id, text);
    }

    /**
     * A message at info level, without a hint.
     *
     * @param id the message id, such as {@code myapp.disk.W001}
     * @param text what was found
     * @return an info message
     */
    public static CheckMessage info(String id, String text) {
        return new CheckMessage(CheckLevel.INFO, id, text);
    }

    /**
     * A message at warning level, without a hint.
     *
     * @param id the message id, such as {@code myapp.disk.W001}
     * @param text what was found
     * @return a warning message
     */
    public static CheckMessage warning(String id, String text) {
        return new CheckMessage(CheckLevel.WARNING, id, text);
    }

    /**
     * A message at error level, without a hint.
     *
     * @param id the message id, such as {@code myapp.disk.W001}
     * @param text what was found
     * @return an error message
     */
    public static CheckMessage error(String id, String text) {
        return new CheckMessage(CheckLevel.ERROR, id, text);
    }

    /**
     * A message at critical level, without a hint.
     *
     * @param id the message id, such as {@code myapp.disk.W001}
     * @param text what was found
     * @return a critical message
     */
    public static CheckMessage critical(String id, String text) {
        return new CheckMessage(CheckLevel.CRITICAL, id, text);
    }

    /**
     * This message with a hint added.
     *
     * @param hint how to fix what the message reports
     * @return a copy carrying the hint
     */
    public CheckMessage withHint(String hint) {
        return new CheckMessage(level, id, text, hint);
    }

    /**
     * The text as the heartbeat shows and logs it: the text, then the hint when there is one.
     *
     * @return the display text
     */
    public String displayText() {
        return hint == null || hint.isBlank() ? text : text + " HINT: " + hint;
    }
}
