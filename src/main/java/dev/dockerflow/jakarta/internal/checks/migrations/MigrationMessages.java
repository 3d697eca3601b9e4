package dev.dockerflow.jakarta.internal.checks.migrations;

import java.util.List;

import dev.dockerflow.jakarta.internal.secrets.SecretMask;
import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.MessageIds;

/** The messages of the migrations check, worded the same whichever tool found them. */
final class MigrationMessages {

    private MigrationMessages() {
    }

    /** @param migration what is not applied, such as {@code migration 3 (add notes index)} */
    static CheckMessage notApplied(String migration) {
        return CheckMessage.warning(MessageIds.MIGRATION_NOT_APPLIED, migration + " is not applied");
    }

    /** @param why why the migrations cannot be checked, free of secrets */
    static List<CheckMessage> cannotCheck(String why) {
        return List.of(CheckMessage.info(MessageIds.MIGRATIONS_CANNOT_CHECK, "cannot check migrations: " + why));
    }

    /**
     * @param tool the tool that failed, such as {@code Flyway}
     * @param failure what it threw
     */
    static List<CheckMessage> cannotCheck(String tool, Throwable failure) {
        return cannotCheck(tool + " failed: " + SecretMask.describe(failure));
    }
}
