/**
 * The built-in {@code migrations} check: has the database every migration of the application's Flyway
 * or Liquibase? One {@code dockerflow.health.W001} warning per migration or change set not applied; one
 * {@code dockerflow.health.I001} information when it cannot tell (no tool, no data source, no answer),
 * not an error: a database not migrated yet must not keep the deployment that migrates it from passing
 * its heartbeat. A value the tool cannot use fails the deployment.
 */
package dev.dockerflow.jakarta.internal.checks.migrations;
