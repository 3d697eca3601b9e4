package dev.dockerflow.jakarta.tck.deployment;

import java.util.List;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.CheckName;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import jakarta.enterprise.context.ApplicationScoped;

/** A check named {@code disk} by {@link CheckName} on its class. */
@ApplicationScoped
@CheckName("disk")
public class QualifiedNameCheck implements DockerflowCheck {
    @Override
    public List<CheckMessage> check() {
        return List.of();
    }
}
