/**
 * The built-in {@code database} check: can the application borrow a usable connection from each of its
 * data sources ({@link dev.dockerflow.jakarta.internal.checks.database.ApplicationDataSources})? One
 * data source is checked as {@code database}; several, each as {@code database:<JNDI name>}.
 */
package dev.dockerflow.jakarta.internal.checks.database;
