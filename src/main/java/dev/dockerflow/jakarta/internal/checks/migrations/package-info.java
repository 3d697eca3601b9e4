/**
 * The built-in {@code migrations} check: has the database every migration of the application's Flyway
 * or Liquibase? It runs only when {@code dockerflow.checks} names {@code migrations}, on the data source
 * the {@code database} check looks at (the first one, when there are several).
 *
 * <h2>Which tool</h2>
 * <ul>
 * <li>Flyway as the application configured it, when it has an {@code org.flywaydb.core.Flyway} bean;</li>
 * <li>Liquibase, when {@code dockerflow.migrations.liquibase.changelog} names the application's root
 *     changelog (a class path resource); unrun change sets are listed without writing to the database;</li>
 * <li>else, when Flyway is on the class path, Flyway built from {@code dockerflow.migrations.locations}
 *     (default {@code classpath:db/migration}), {@code dockerflow.migrations.table} (default
 *     {@code flyway_schema_history}) and {@code dockerflow.migrations.schemas} (default: the
 *     connection's schema).</li>
 * </ul>
 * Both tools are optional: an application without them deploys and runs, and the check says why it
 * cannot check.
 *
 * <h2>What it reports</h2>
 * <ul>
 * <li>{@code dockerflow.health.W001}, a warning per migration not applied: {@code migration 3 (add notes
 *     index) is not applied}, {@code repeatable migration (notes view) is not applied}, {@code change set
 *     add-index by alice in db/changelog/notes.xml is not applied};</li>
 * <li>{@code dockerflow.health.I001}, information, when it cannot tell: no migration tool, no data
 *     source, or the database does not answer. Not an error: a database that is not migrated yet must not
 *     keep the deployment that migrates it from passing its heartbeat.</li>
 * </ul>
 * A key whose value the tool cannot use (a Flyway location with an unknown prefix, a changelog that is
 * missing or does not parse) fails the deployment when {@code dockerflow.checks} names the check.
 */
package dev.dockerflow.jakarta.internal.checks.migrations;
