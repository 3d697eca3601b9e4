package dev.dockerflow.jakarta.internal.checks.migrations;

import java.util.List;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.MessageIds;

/**
 * One migration tool's view of the database. The implementations that use Flyway or Liquibase are
 * loaded only once their tool is known to be on the class path, so this type must not mention them.
 */
interface MigrationTool {

    /**
     * @return one {@value MessageIds#MIGRATION_NOT_APPLIED} warning per migration that is not applied,
     *         or one {@value MessageIds#MIGRATIONS_CANNOT_CHECK} information when the tool cannot tell;
     *         never throws
     */
    List<CheckMessage> check();
}
