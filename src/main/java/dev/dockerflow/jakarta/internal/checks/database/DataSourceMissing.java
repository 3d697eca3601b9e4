package dev.dockerflow.jakarta.internal.checks.database;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.MessageIds;

/**
 * There is no data source to check: the database check reports it as
 * {@value MessageIds#DATABASE_MISCONFIGURED}, the migrations check as information. Its message is the
 * message text, already free of secrets. Not API.
 */
public final class DataSourceMissing extends Exception {

    private static final long serialVersionUID = 1L;

    private final String hint;

    /**
     * @param text what is missing
     * @param hint how to fix it, or {@code null}
     */
    DataSourceMissing(String text, String hint) {
        super(text, null, false, false);
        this.hint = hint;
    }

    /** @return the error the database check reports */
    CheckMessage toMessage() {
        CheckMessage message = CheckMessage.error(MessageIds.DATABASE_MISCONFIGURED, getMessage());
        return hint == null ? message : message.withHint(hint);
    }
}
