package dev.dockerflow.samples.notes.checks;

import java.util.List;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import dev.dockerflow.samples.notes.storage.NoteStore;
import dev.dockerflow.samples.notes.storage.StorageUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The service's own heartbeat check, {@code notes-quota}: a warning when nine tenths of
 * {@code notes.max} are used, an error when no note can be added.
 */
@ApplicationScoped
@Named("notes-quota")
public class QuotaCheck implements DockerflowCheck {

    @Inject
    NoteStore store;

    @Override
    public List<CheckMessage> check() {
        long count;
        try {
            count = store.count();
        } catch (StorageUnavailable e) {
            // The database check reports the database itself; this one only says it cannot tell.
            return List.of(CheckMessage.info("notes.I001", "cannot count the notes: the database is unavailable"));
        }
        long max = store.max();
        if (count >= max) {
            return List.of(CheckMessage.error("notes.E001", "the service holds its maximum of " + max + " notes")
                    .withHint("raise NOTES_MAX or delete notes"));
        }
        if (count * 10 >= max * 9) {
            return List.of(CheckMessage.warning("notes.W001", count + " of " + max + " notes used"));
        }
        return List.of();
    }
}
