/**
 * The application's data sources, as the built-in {@code database} and {@code migrations} checks see
 * them: which ones ({@link dev.dockerflow.jakarta.internal.datasources.ApplicationDataSources}) and how
 * each is found and kept ({@link dev.dockerflow.jakarta.internal.datasources.DataSourceLookup}).
 */
package dev.dockerflow.jakarta.internal.datasources;
