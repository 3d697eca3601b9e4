package dev.dockerflow.jakarta.tck.deployment;

import java.util.List;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Warns with two ids: the environment silences one, the packaged configuration the other. */
@ApplicationScoped
@Named("silenced_check")
public class EnvironmentSilencedCheck implements DockerflowCheck {
    @Override
    public List<CheckMessage> check() {
        return List.of(CheckMessage.warning("tck.W900", "silenced by the environment"), CheckMessage.warning("tck.W901", "silenced by the packaged configuration only"));
    }
}
