package dev.dockerflow.jakarta.deployment;

import java.util.List;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The seed's failing check {@code err_check}: one error {@code tests.checks.E001: some error}. */
@ApplicationScoped
@Named("err_check")
public class ErrorCheck implements DockerflowCheck {
    @Override
    public List<CheckMessage> check() {
        return List.of(CheckMessage.error("tests.checks.E001", "some error"));
    }
}
