package dev.dockerflow.samples.notes.storage;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date as the service starts, before it takes traffic, and remembers whether
 * that worked. When it did not (the database is down, or the runtime cannot read the migrations while
 * it deploys), the service still starts, not ready, and {@link #retryInBackground()} tries again.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Inject
    Flyway flyway;

    // Why the schema is not up to date; null once it is
    private volatile String problem = "the schema has not been migrated yet";
    private final AtomicBoolean retrying = new AtomicBoolean();

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        migrate();
    }

    /** @return why the schema is not up to date, or empty when it is */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /**
     * Tries the migration again on a thread of its own, unless it is done or already being tried: the
     * caller, a health check, must answer at once.
     */
    public void retryInBackground() {
        if (problem == null || !retrying.compareAndSet(false, true)) {
            return;
        }
        Thread retry = new Thread(() -> {
            try {
                migrate();
            } finally {
                retrying.set(false);
            }
        }, "notes-schema-migration");
        retry.setDaemon(true);
        retry.start();
    }

    private synchronized void migrate() {
        if (problem == null) {
            return;
        }
        try {
            int applied = flyway.migrate().migrationsExecuted;
            problem = null;
            LOG.info(() -> "schema up to date, " + applied + " migration(s) applied");
        } catch (RuntimeException e) {
            problem = String.valueOf(e.getMessage());
            LOG.log(Level.SEVERE, "could not migrate the schema: " + problem, e);
        }
    }
}
