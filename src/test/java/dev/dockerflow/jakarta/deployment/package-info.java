/**
 * Scenario beans that several scenarios deploy: checks, health checks and event recorders. A bean
 * here is in a deployment only when its scenario lists it in {@code DockerflowApp.with(...)}, and two
 * beans of one {@code @Named} name are never listed together.
 */
package dev.dockerflow.jakarta.deployment;
