package dev.dockerflow.jakarta.tck.deployment;

import java.util.List;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** A check that throws. */
@ApplicationScoped
@Named("throwing_check")
public class ThrowingCheck implements DockerflowCheck {
    @Override
    public List<CheckMessage> check() {
        throw new IllegalStateException("tck: the check fell over");
    }
}
