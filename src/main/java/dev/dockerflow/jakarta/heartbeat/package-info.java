/**
 * The heartbeat's checks and their outcome. Write a check by implementing {@link DockerflowCheck} in a
 * CDI bean named by {@link CheckName}; it reports {@link CheckMessage}s at a {@link CheckLevel}, with ids
 * such as those in {@link MessageIds}. {@link RedisPing} hands the built-in Redis check the application's
 * own client. After every heartbeat the library fires {@link HeartbeatPassed} or {@link HeartbeatFailed},
 * carrying a {@link HeartbeatResult} with one {@link CheckResult} per check.
 */
package dev.dockerflow.jakarta.heartbeat;
