package dev.dockerflow.jakarta.deployment;

import java.util.List;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** A check {@code toggle} that passes until told to fail, then reports the error {@code tests.checks.E001: toggled off}. */
@ApplicationScoped
@Named("toggle")
public class ToggleCheck implements DockerflowCheck {
    private volatile boolean failing;

    /** @param failing whether the next runs report the error */
    public void failing(boolean failing) {
        this.failing = failing;
    }

    @Override
    public List<CheckMessage> check() {
        return failing ? List.of(CheckMessage.error("tests.checks.E001", "toggled off")) : List.of();
    }
}
