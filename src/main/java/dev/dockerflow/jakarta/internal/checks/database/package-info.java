/**
 * The built-in {@code database} check: can the application borrow a usable connection from its data
 * source? It runs only when {@code dockerflow.checks} names {@code database} (or one of its members,
 * {@code database:<JNDI name>}).
 *
 * <h2>Which data source</h2>
 * In this order of precedence (see {@link dev.dockerflow.jakarta.internal.checks.database.ApplicationDataSources}):
 * <ol>
 * <li>{@code dockerflow.database.datasource}, when set: one or several JNDI names, comma-separated,
 *     each looked up with {@code javax.naming.InitialContext} in the naming context of the thread that
 *     runs the check;</li>
 * <li>else the application's {@code javax.sql.DataSource} CDI bean: the {@code @Default} one, or the
 *     only one whatever its qualifiers; several and none {@code @Default} is reported as
 *     misconfigured;</li>
 * <li>else the platform's {@code java:comp/DefaultDataSource}, by JNDI.</li>
 * </ol>
 * One data source is checked as {@code database}; several, each as {@code database:<JNDI name>}.
 *
 * <h2>What it reports</h2>
 * Each run borrows a connection, asks {@code Connection.isValid(seconds)} (the heartbeat timeout in
 * whole seconds, at least 1) and gives the connection back before returning, also when the heartbeat
 * has stopped waiting:
 * <ul>
 * <li>{@code dockerflow.health.E001}: no connection (the driver's or pool's message, passwords masked);</li>
 * <li>{@code dockerflow.health.E002}: the connection is not usable ({@code isValid} false or throwing);
 *     the connection is aborted so that a pool does not lend it again;</li>
 * <li>{@code dockerflow.health.E003}: no data source to check (a JNDI name not bound, no naming
 *     context, a DataSource bean that cannot be created, or several beans and none {@code @Default}).</li>
 * </ul>
 */
package dev.dockerflow.jakarta.internal.checks.database;
