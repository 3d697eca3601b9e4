package dev.dockerflow.jakarta.checks.migrations;

/**
 * The message ids of the built-in {@code migrations} check. They are stable: operators search logs for
 * them.
 */
public final class MigrationMessageIds {

    /**
     * The migrations could not be checked: no migration tool, no data source, or the database did not
     * answer. Information, not an error: a database that is not migrated yet must not keep the
     * deployment that migrates it from passing its heartbeat.
     */
    public static final String CANNOT_CHECK = "dockerflow.health.I001";
    /** A migration is not applied; one message per migration. */
    public static final String NOT_APPLIED = "dockerflow.health.W001";

    private MigrationMessageIds() {
    }
}
