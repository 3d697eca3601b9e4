package dev.dockerflow.samples.notes.api;

/**
 * A stored note, as the API shows it.
 *
 * @param id      its number, assigned by the database
 * @param text    what it says
 * @param created when it was written, as an ISO-8601 instant
 */
public record Note(long id, String text, String created) {
}
