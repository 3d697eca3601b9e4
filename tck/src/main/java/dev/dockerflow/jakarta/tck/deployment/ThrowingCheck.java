package dev.dockerflow.jakarta.tck.deployment;

import java.util.List;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** A check that throws, with a password in the exception's message as a driver would put one there. */
@ApplicationScoped
@Named("throwing_check")
public class ThrowingCheck implements DockerflowCheck {
    @Override
    public List<CheckMessage> check() {
        throw new IllegalStateException("tck: the check fell over at postgres://tck:s3cret@db/tck");
    }
}
