package dev.dockerflow.jakarta.tck.deployment;

import java.util.List;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import jakarta.inject.Inject;

/** A check that passes once the {@link Gate} opens; one subclass per name, as many as a scenario needs. */
public abstract class GatedCheck implements DockerflowCheck {

    @Inject
    Gate gate;

    @Override
    public List<CheckMessage> check() {
        gate.pass();
        return List.of();
    }
}
