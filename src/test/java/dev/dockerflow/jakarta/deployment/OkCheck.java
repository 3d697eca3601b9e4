package dev.dockerflow.jakarta.deployment;

import java.util.List;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The seed's passing check {@code ok_check}: no messages. */
@ApplicationScoped
@Named("ok_check")
public class OkCheck implements DockerflowCheck {
    @Override
    public List<CheckMessage> check() {
        return List.of();
    }
}
