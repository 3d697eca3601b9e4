package dev.dockerflow.jakarta.checks.database;

/**
 * The message ids of the built-in {@code database} check. They are stable: operators search logs for
 * them.
 */
public final class DatabaseMessageIds {

    /** The data source gave no connection: the database is down, unreachable, or refuses the credentials. */
    public static final String CANNOT_CONNECT = "dockerflow.health.E001";
    /** A connection was borrowed but is not usable: {@code isValid} answered false or threw. */
    public static final String NOT_USABLE = "dockerflow.health.E002";
    /** There is no data source to check: the JNDI name is not bound, or the application's bean is unusable. */
    public static final String MISCONFIGURED = "dockerflow.health.E003";

    private DatabaseMessageIds() {
    }
}
