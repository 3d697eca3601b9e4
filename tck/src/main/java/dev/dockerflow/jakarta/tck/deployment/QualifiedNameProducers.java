package dev.dockerflow.jakarta.tck.deployment;

import java.util.List;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.CheckName;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Checks named by {@link CheckName} on their producer methods: {@code queue}, and {@code jobs}, which fails. */
@ApplicationScoped
public class QualifiedNameProducers {

    @Produces
    @CheckName("queue")
    DockerflowCheck queue() {
        return List::of;
    }

    @Produces
    @CheckName("jobs")
    DockerflowCheck jobs() {
        return () -> List.of(CheckMessage.error("tck.E003", "the jobs check ran"));
    }
}
