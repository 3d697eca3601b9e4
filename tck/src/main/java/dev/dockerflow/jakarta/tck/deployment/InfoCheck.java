package dev.dockerflow.jakarta.tck.deployment;

import java.util.List;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** A check that reports something worth knowing. */
@ApplicationScoped
@Named("info_check")
public class InfoCheck implements DockerflowCheck {
    @Override
    public List<CheckMessage> check() {
        return List.of(CheckMessage.info("tck.I001", "cache is cold"));
    }
}
