package dev.dockerflow.samples.hello;

import java.util.List;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The service's own heartbeat check: shown as {@code greeting} in {@code /__heartbeat__}. */
@ApplicationScoped
@Named("greeting")
public class GreetingCheck implements DockerflowCheck {

    @Override
    public List<CheckMessage> check() {
        if (HelloResource.GREETING.isBlank()) {
            return List.of(CheckMessage.error("hello.E001", "the greeting is empty"));
        }
        return List.of();
    }
}
