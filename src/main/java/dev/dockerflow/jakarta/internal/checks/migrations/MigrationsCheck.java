package dev.dockerflow.jakarta.internal.checks.migrations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.internal.heartbeat.RegisteredCheck;

/**
 * The {@code migrations} check: what every migration tool of {@link MigrationTools} reports, together.
 * The tools are chosen once, on {@link #prepare()} or the first run.
 */
final class MigrationsCheck implements RegisteredCheck {

    private final Supplier<List<MigrationTool>> detect;
    private List<MigrationTool> tools;

    /** @param detect chooses the tools; may throw a DeploymentException for invalid configuration */
    MigrationsCheck(Supplier<List<MigrationTool>> detect) {
        this.detect = detect;
    }

    /** Chooses the tools now, so that a configuration mistake fails the deployment. */
    void prepare() {
        tools();
    }

    private synchronized List<MigrationTool> tools() {
        if (tools == null) {
            tools = detect.get();
        }
        return tools;
    }

    @Override
    public String name() {
        return MigrationsCheckSource.NAME;
    }

    @Override
    public String source() {
        return "built-in migrations check";
    }

    @Override
    public List<CheckMessage> run() {
        List<CheckMessage> messages = new ArrayList<>();
        for (MigrationTool tool : tools()) {
            messages.addAll(tool.check());
        }
        return messages;
    }
}
