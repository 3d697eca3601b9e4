package dev.dockerflow.jakarta.tck.deployment;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

/** Where {@link LeftCheck} and {@link RightCheck} wait for each other: both pass only if they run at the same time. */
@ApplicationScoped
public class Rendezvous {

    private final CyclicBarrier barrier = new CyclicBarrier(2);

    /** {@return whether the other check arrived within two seconds} */
    public boolean meet() {
        try {
            barrier.await(2, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (BrokenBarrierException | TimeoutException e) {
            barrier.reset();
            return false;
        }
    }
}
