package dev.dockerflow.samples.notes.storage;

/** The service already holds as many notes as {@code notes.max} allows. */
public class NotesFull extends Exception {

    private static final long serialVersionUID = 1L;

    NotesFull(long max) {
        super("the service holds its maximum of " + max + " notes");
    }
}
