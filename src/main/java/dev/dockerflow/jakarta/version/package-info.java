/**
 * The version object that {@code /__version__} serves: the build's {@code version.json} by default, or what
 * the application's {@link VersionProvider} bean returns.
 */
package dev.dockerflow.jakarta.version;
