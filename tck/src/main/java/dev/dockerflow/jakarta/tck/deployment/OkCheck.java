package dev.dockerflow.jakarta.tck.deployment;

import java.util.List;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** A check that finds nothing wrong. */
@ApplicationScoped
@Named("ok_check")
public class OkCheck implements DockerflowCheck {
    @Override
    public List<CheckMessage> check() {
        return List.of();
    }
}
