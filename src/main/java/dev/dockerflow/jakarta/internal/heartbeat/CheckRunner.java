package dev.dockerflow.jakarta.internal.heartbeat;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.CheckResult;
import dev.dockerflow.jakarta.heartbeat.MessageIds;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.dockerflow.jakarta.internal.config.DockerflowConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Runs checks concurrently under one deadline.
 *
 * <p>A check that is still running from an earlier heartbeat is not started again: the new heartbeat
 * waits for that same run. So a check that never returns holds one thread, however many heartbeats
 * ask for it, and concurrent heartbeats share one run of each check. A run that has not started by a
 * heartbeat's deadline (a managed executor with all its threads busy queues it) is abandoned: reported
 * timed out, never started, and the next heartbeat starts the check again.
 */
@ApplicationScoped
public class CheckRunner {

    private static final Logger LOG = Logger.getLogger("dockerflow.heartbeat");

    private final ConcurrentMap<RegisteredCheck, Execution> inFlight = new ConcurrentHashMap<>();
    private DockerflowConfig config;
    private CheckExecutor executor;

    /** For the CDI container's proxy. */
    protected CheckRunner() {
    }

    @Inject
    CheckRunner(DockerflowConfig config, CheckExecutor executor) {
        this.config = config;
        this.executor = executor;
    }

    /**
     * Runs the checks and waits for them until {@code dockerflow.heartbeat.timeout} from now.
     *
     * @param checks the checks to run
     * @return one result per check, in the same order; a check that did not finish in time is reported
     *         at error level as timed out
     */
    public List<CheckResult> run(List<? extends RegisteredCheck> checks) {
        long timeoutMillis = config.timeoutMillis();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        List<Execution> executions = new ArrayList<>(checks.size());
        for (RegisteredCheck check : checks) {
            executions.add(start(check, timeoutMillis));
        }
        List<CheckResult> results = new ArrayList<>(checks.size());
        for (Execution execution : executions) {
            List<CheckMessage> messages = execution.await(deadline);
            // Read after the run: a bridged health check learns its name from its answer.
            results.add(new CheckResult(execution.check.name(), messages));
        }
        return results;
    }

    /**
     * Runs checks once as the application starts, and drops the results. On a fresh JVM, the first
     * connection to a backing service (loading a client library, a server opening its connection pool)
     * can take longer than a heartbeat may, and the first probe, which may come as soon as the
     * application answers, should not pay for it. Each wait is bounded by the heartbeat's timeout, and a
     * check still running is waited for again rather than started again, until {@code atMostMillis} have
     * passed; a heartbeat that comes meanwhile waits for that same run.
     *
     * @param checks the checks to warm up
     * @param atMostMillis how long the application's start may wait for them
     */
    public void warmUp(List<? extends RegisteredCheck> checks, long atMostMillis) {
        long giveUp = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(atMostMillis);
        do {
            boolean timedOut = run(checks).stream().flatMap(result -> result.messages().stream())
                    .anyMatch(message -> MessageIds.TIMED_OUT.equals(message.id()));
            if (!timedOut) {
                return;
            }
        } while (System.nanoTime() - giveUp < 0);
    }

    /**
     * Starts checks as the application starts, without waiting for them: the first heartbeat that asks
     * while they still run waits for those same runs. For checks whose first run a server may hold until
     * the application has started (Open Liberty's transaction manager, taken by a pool's first
     * connection), which a start waiting for them would only delay.
     *
     * @param checks the checks to start
     */
    public void startEarly(List<? extends RegisteredCheck> checks) {
        long timeoutMillis = config.timeoutMillis();
        checks.forEach(check -> start(check, timeoutMillis));
    }

    private Execution start(RegisteredCheck check, long timeoutMillis) {
        Execution running = inFlight.get(check);
        if (running != null) {
            return running;
        }
        Execution fresh = new Execution(check, timeoutMillis);
        running = inFlight.putIfAbsent(check, fresh);
        if (running != null) {
            return running;
        }
        try {
            check.resolveOnCaller();
        } catch (RuntimeException e) {
            // The run itself meets the same problem and reports it as the check's result.
        }
        try {
            fresh.task = executor.executor().submit(fresh::run);
        } catch (RejectedExecutionException e) {
            fresh.end(CheckMessage.error(MessageIds.NO_THREAD, "no thread was free to run the check"));
        } catch (Throwable e) {
            // Whatever the executor throws, the run must end here: nothing else would end it.
            LOG.log(Level.WARNING, "The check executor did not take check " + check.name(), e);
            fresh.end(CheckMessage.error(MessageIds.NO_THREAD,
                    "the check could not be handed to a thread: " + e.getClass().getName()));
            if (e instanceof VirtualMachineError fatal) {
                throw fatal;
            }
        }
        return fresh;
    }

    /** Where a run is in its life; {@link #DONE} and {@link #ABANDONED} are final. */
    private enum Stage {
        /** Handed to the executor, not started by it yet. */
        PENDING,
        /** A thread is running the check. */
        RUNNING,
        /** The check returned or failed. */
        DONE,
        /** Still waiting for a thread at a heartbeat's deadline: reported timed out, and never started. */
        ABANDONED
    }

    /**
     * One run of one check, shared by every heartbeat that asks for the check while it runs. It is in
     * {@link #inFlight} only while pending or running: a run that a thread is not working on either
     * starts on one, or is abandoned at the first deadline that passes, or ends when the executor
     * refuses it.
     */
    private final class Execution {
        final RegisteredCheck check;
        final long timeoutMillis;
        final CompletableFuture<List<CheckMessage>> messages = new CompletableFuture<>();
        final AtomicReference<Stage> stage = new AtomicReference<>(Stage.PENDING);
        volatile Future<?> task;

        Execution(RegisteredCheck check, long timeoutMillis) {
            this.check = check;
            this.timeoutMillis = timeoutMillis;
        }

        void run() {
            if (!stage.compareAndSet(Stage.PENDING, Stage.RUNNING)) {
                // Abandoned while it waited in the executor's queue, which did not honour the cancel.
                return;
            }
            long started = System.nanoTime();
            List<CheckMessage> result = List.of();
            try {
                List<CheckMessage> found = check.run();
                result = found == null ? List.of() : found;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                result = List.of(timedOut());
            } catch (Throwable e) {
                result = List.of(CheckMessage.error(MessageIds.CHECK_FAILED,
                        "check failed: " + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
                if (e instanceof VirtualMachineError fatal) {
                    throw fatal;
                }
            } finally {
                stage.set(Stage.DONE);
                inFlight.remove(check, this);
                messages.complete(result);
                logDuration(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            }
        }

        /** Ends a run that never started, with this message. */
        void end(CheckMessage message) {
            stage.set(Stage.DONE);
            inFlight.remove(check, this);
            messages.complete(List.of(message));
        }

        private void logDuration(long millis) {
            Level level = millis * 2 > timeoutMillis ? Level.WARNING : Level.FINE;
            if (LOG.isLoggable(level)) {
                LOG.log(level, "Check {0} took {1} ms (timeout {2} ms)",
                        new Object[] {check.name(), millis, timeoutMillis});
            }
        }

        List<CheckMessage> await(long deadline) {
            try {
                return messages.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                Future<?> submitted = task;
                if (stage.compareAndSet(Stage.PENDING, Stage.ABANDONED)) {
                    // Not started: the next heartbeat starts the check afresh instead of waiting for this run.
                    inFlight.remove(check, this);
                    messages.complete(List.of(timedOut()));
                    if (submitted != null) {
                        submitted.cancel(false);
                    }
                } else if (submitted != null) {
                    // A polite request: a check that ignores interruption keeps its one thread until it returns.
                    submitted.cancel(check.interruptible());
                }
                return List.of(timedOut());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of(timedOut());
            } catch (ExecutionException e) {
                throw new IllegalStateException("check runs never complete exceptionally", e);
            }
        }

        private CheckMessage timedOut() {
            return CheckRunner.timedOut(timeoutMillis);
        }
    }

    /**
     * @param timeoutMillis the heartbeat's timeout
     * @return the message of a check that did not answer in time
     */
    static CheckMessage timedOut(long timeoutMillis) {
        return CheckMessage.error(MessageIds.TIMED_OUT, "timed out after " + timeoutMillis + " ms");
    }
}
