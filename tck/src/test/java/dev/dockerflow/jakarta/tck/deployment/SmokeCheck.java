package dev.dockerflow.jakarta.tck.deployment;

import java.util.List;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** A check that always passes. */
@ApplicationScoped
@Named("smoke")
public class SmokeCheck implements DockerflowCheck {

    @Override
    public List<CheckMessage> check() {
        return List.of();
    }
}
