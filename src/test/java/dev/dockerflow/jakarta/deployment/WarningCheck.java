package dev.dockerflow.jakarta.deployment;

import java.util.List;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The seed's warning check {@code warn_check}: one warning {@code tests.checks.W001: some warning}. */
@ApplicationScoped
@Named("warn_check")
public class WarningCheck implements DockerflowCheck {
    @Override
    public List<CheckMessage> check() {
        return List.of(CheckMessage.warning("tests.checks.W001", "some warning"));
    }
}
