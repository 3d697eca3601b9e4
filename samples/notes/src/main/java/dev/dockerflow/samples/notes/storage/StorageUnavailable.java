package dev.dockerflow.samples.notes.storage;

/** The database could not be reached or answered with an error; the request can be retried. */
public class StorageUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StorageUnavailable(String doing, Throwable cause) {
        super("could not " + doing + ": " + cause.getMessage(), cause);
    }
}
