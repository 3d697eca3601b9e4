package dev.dockerflow.jakarta.tck.deployment;

import java.util.List;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** A check that always reports one warning. */
@ApplicationScoped
@Named("disk")
public class DiskWarningCheck implements DockerflowCheck {

    @Override
    public List<CheckMessage> check() {
        return List.of(CheckMessage.warning("tck.W001", "low disk"));
    }
}
