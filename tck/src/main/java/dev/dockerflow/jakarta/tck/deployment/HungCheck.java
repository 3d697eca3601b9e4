package dev.dockerflow.jakarta.tck.deployment;

import java.util.List;
import java.util.concurrent.CountDownLatch;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * A check that never answers and ignores interruption, like a driver stuck in a socket read. It lets
 * go only when the application stops, so that undeploying leaves no thread behind.
 */
@ApplicationScoped
@Named("hung")
public class HungCheck implements DockerflowCheck {

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public List<CheckMessage> check() {
        boolean interrupted = false;
        while (stopped.getCount() > 0) {
            try {
                stopped.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return List.of();
    }

    @PreDestroy
    void release() {
        stopped.countDown();
    }
}
