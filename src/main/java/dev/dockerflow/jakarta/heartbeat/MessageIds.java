package dev.dockerflow.jakarta.heartbeat;

/**
 * Every message id the library reports: python-dockerflow's ids for the built-in checks, and the
 * library's own. They are stable: operators search logs for them.
 */
public final class MessageIds {

    /**
     * The migrations could not be checked: no migration tool, no data source, or the database did not
     * answer. Information, not an error: a database that is not migrated yet must not keep the
     * deployment that migrates it from passing its heartbeat.
     */
    public static final String MIGRATIONS_CANNOT_CHECK = "dockerflow.health.I001";
    /** A migration is not applied; one message per migration. */
    public static final String MIGRATION_NOT_APPLIED = "dockerflow.health.W001";
    /** The data source gave no connection: the database is down, unreachable, or refuses the credentials. */
    public static final String DATABASE_CANNOT_CONNECT = "dockerflow.health.E001";
    /** A connection was borrowed but is not usable: {@code isValid} answered false or threw. */
    public static final String DATABASE_NOT_USABLE = "dockerflow.health.E002";
    /** There is no data source to check: the JNDI name is not bound, or the application's bean is unusable. */
    public static final String DATABASE_MISCONFIGURED = "dockerflow.health.E003";
    /** No connection to Redis could be made, or the one in use was lost. */
    public static final String REDIS_CANNOT_CONNECT = "dockerflow.health.E004";
    // dockerflow.health.E005, python-dockerflow's "Redis client not available", is never reported: the check needs none.
    /** Nothing says which Redis to check, or what says it is invalid. */
    public static final String REDIS_MISCONFIGURED = "dockerflow.health.E006";
    /** Connected, but PING was refused, went unanswered, or was answered with something other than PONG. */
    public static final String REDIS_PING_FAILED = "dockerflow.health.E007";


    /** A check ran past {@code dockerflow.heartbeat.timeout}. */
    public static final String TIMED_OUT = "dockerflow.heartbeat.E001";
    /** A check threw instead of returning messages. */
    public static final String CHECK_FAILED = "dockerflow.heartbeat.E002";
    /** No thread was free to run a check. */
    public static final String NO_THREAD = "dockerflow.heartbeat.E003";
    /**
     * Two checks answered to one name at a heartbeat (a MicroProfile Health check tells its name only
     * when called); both are listed, the later ones as {@code name#2}, {@code name#3}.
     */
    public static final String NAME_CLASH = "dockerflow.heartbeat.E004";
    /** A bridged MicroProfile Health check answered DOWN. */
    public static final String HEALTH_DOWN = "dockerflow.mphealth.E001";

    private MessageIds() {
    }
}
