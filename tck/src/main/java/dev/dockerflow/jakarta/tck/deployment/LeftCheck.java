package dev.dockerflow.jakarta.tck.deployment;

import java.util.List;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Passes only if the other side of the {@link Rendezvous} runs at the same time. */
@ApplicationScoped
@Named("left")
public class LeftCheck implements DockerflowCheck {

    @Inject
    Rendezvous rendezvous;

    @Override
    public List<CheckMessage> check() {
        return rendezvous.meet() ? List.of() : List.of(CheckMessage.error("tck.E002", "ran alone"));
    }
}
