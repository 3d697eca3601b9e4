package dev.dockerflow.jakarta.deployment;

import java.util.List;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** A bystander check {@code fine} that passes, deployed beside a misbehaving check to show the others still report. */
@ApplicationScoped
@Named("fine")
public class FineCheck implements DockerflowCheck {
    @Override
    public List<CheckMessage> check() {
        return List.of();
    }
}
