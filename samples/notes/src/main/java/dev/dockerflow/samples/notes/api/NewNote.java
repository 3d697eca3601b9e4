package dev.dockerflow.samples.notes.api;

/**
 * The body of {@code POST /notes}.
 *
 * @param text what the note says: not blank, at most {@link #MAX_LENGTH} characters
 */
public record NewNote(String text) {

    /** The longest note the database column holds. */
    public static final int MAX_LENGTH = 2000;

    /**
     * What is wrong with this note, if anything.
     *
     * @return the problem, in words a caller can act on, or {@code null} when the note can be stored
     */
    public String problem() {
        if (text == null || text.isBlank()) {
            return "text is required";
        }
        if (text.length() > MAX_LENGTH) {
            return "text is longer than " + MAX_LENGTH + " characters";
        }
        return null;
    }
}
