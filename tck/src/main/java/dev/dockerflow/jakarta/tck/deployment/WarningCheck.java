package dev.dockerflow.jakarta.tck.deployment;

import java.util.List;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** A check that warns. */
@ApplicationScoped
@Named("warn_check")
public class WarningCheck implements DockerflowCheck {
    @Override
    public List<CheckMessage> check() {
        return List.of(CheckMessage.warning("tck.W001", "disk is 91% full"));
    }
}
