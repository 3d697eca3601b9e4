package dev.dockerflow.jakarta.internal.heartbeat;

import dev.dockerflow.jakarta.internal.secrets.SecretMask;
import dev.dockerflow.jakarta.heartbeat.CheckLevel;
import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.CheckResult;
import dev.dockerflow.jakarta.heartbeat.HeartbeatFailed;
import dev.dockerflow.jakarta.heartbeat.HeartbeatPassed;
import dev.dockerflow.jakarta.heartbeat.HeartbeatResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.dockerflow.jakarta.internal.config.DockerflowConfig;
import dev.dockerflow.jakarta.internal.secrets.SecretMask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * One heartbeat: run the selected checks, keep checks that answer to one name apart, drop silenced
 * message ids, mask secrets in every message's text and hint ({@link SecretMask}), log every message at
 * its level as {@code ID: text}, and announce the outcome as a {@link HeartbeatPassed} or
 * {@link HeartbeatFailed} event to synchronous and asynchronous observers.
 *
 * <p>Every load balancer and orchestrator probe of every replica asks for a heartbeat, often many at
 * once. Concurrent heartbeats share one run: a heartbeat that arrives while another is running the
 * checks waits for that run's result instead of starting its own, and only the run fires an event. It
 * waits no longer than its own timeout: a run still going then is left to finish, and this heartbeat
 * reports every selected check timed out.
 * With {@code dockerflow.heartbeat.cache}, a result is also reused for that many milliseconds after its
 * run started.
 */
@ApplicationScoped
public class Heartbeat {

    private static final Logger LOG = Logger.getLogger("dockerflow.heartbeat");
    /** What a heartbeat that joins a run allows that run beyond its own deadline, to build its result. */
    static final long JOIN_MARGIN_MILLIS = 100;

    @Inject
    DockerflowConfig config;

    @Inject
    CheckRegistry registry;

    @Inject
    CheckRunner runner;

    @Inject
    CheckExecutor executor;

    @Inject
    Event<HeartbeatPassed> passed;

    @Inject
    Event<HeartbeatFailed> failed;

    private volatile Reusable latest;

    private final AtomicReference<CompletableFuture<HeartbeatResult>> inProgress = new AtomicReference<>();

    /**
     * Runs the heartbeat, joins the run already in progress, or reuses the latest result while it is
     * younger than {@code dockerflow.heartbeat.cache}. A joined or reused result fires no event.
     *
     * @return its result; never throws because of a check or an observer
     */
    public HeartbeatResult run() {
        long arrived = System.nanoTime();
        Reusable reusable = latest;
        if (reusable != null && System.nanoTime() - reusable.at() < TimeUnit.MILLISECONDS.toNanos(config.cacheMillis())) {
            return reusable.result();
        }
        CompletableFuture<HeartbeatResult> mine = new CompletableFuture<>();
        CompletableFuture<HeartbeatResult> running = inProgress.compareAndExchange(null, mine);
        if (running != null) {
            return join(running, arrived);
        }
        try {
            long started = System.nanoTime();
            HeartbeatResult result = runChecks();
            if (config.cacheMillis() > 0) {
                latest = new Reusable(result, started);
            }
            // Those waiting get the result before the observers run, so a slow observer delays only this request.
            mine.complete(result);
            announce(result);
            return result;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inProgress.compareAndSet(mine, null);
        }
    }

    /**
     * {@link #run()} without holding the caller's thread: for a runtime that calls the library on a
     * thread that must not wait. A reused result or the run in progress is handed over as it is;
     * otherwise the run takes one of the checks' threads.
     *
     * @return the result to come; it never fails because of a check or an observer
     */
    public CompletionStage<HeartbeatResult> runLater() {
        Reusable reusable = latest;
        if (reusable != null && System.nanoTime() - reusable.at() < TimeUnit.MILLISECONDS.toNanos(config.cacheMillis())) {
            return CompletableFuture.completedFuture(reusable.result());
        }
        CompletableFuture<HeartbeatResult> running = inProgress.get();
        if (running != null) {
            // Bounded like join(): never later than this heartbeat's own deadline.
            long timeoutMillis = config.timeoutMillis();
            return running.copy().orTimeout(timeoutMillis + JOIN_MARGIN_MILLIS, TimeUnit.MILLISECONDS)
                    .exceptionally(e -> allTimedOut(timeoutMillis));
        }
        return CompletableFuture.supplyAsync(this::run, executor.executor());
    }

    private record Reusable(HeartbeatResult result, long at) {
    }

    /**
     * Waits for the run in progress until this heartbeat's own deadline, and a little more for that run
     * to build its result. The run answers by its deadline, which is no later than ours, unless something
     * holds it past that; then this heartbeat answers without it, every selected check timed out.
     */
    private HeartbeatResult join(CompletableFuture<HeartbeatResult> running, long arrived) {
        long timeoutMillis = config.timeoutMillis();
        long deadline = arrived + TimeUnit.MILLISECONDS.toNanos(timeoutMillis + JOIN_MARGIN_MILLIS);
        try {
            return running.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            LOG.warning("The heartbeat in progress did not answer in time; its checks are reported timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the heartbeat in progress failed", e.getCause());
        }
        return allTimedOut(timeoutMillis);
    }

    /** The result of a heartbeat that could not wait for the run in progress: every selected check timed out. */
    private HeartbeatResult allTimedOut(long timeoutMillis) {
        List<RegisteredCheck> selected = registry.selected();
        return summarize(selected, selected.stream()
                .map(check -> new CheckResult(check.name(), List.of(CheckRunner.timedOut(timeoutMillis))))
                .toList());
    }

    private HeartbeatResult runChecks() {
        List<RegisteredCheck> selected = registry.selected();
        return summarize(selected, runner.run(selected));
    }

    /**
     * The heartbeat's result from its checks' raw results, one per selected check in the same order:
     * selected, clashing names kept apart, silenced, sorted, logged.
     */
    private HeartbeatResult summarize(List<RegisteredCheck> selected, List<CheckResult> raw) {
        Set<String> silenced = config.silencedChecks();
        List<NameClashes.Answer> answers = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            if (registry.isSelected(raw.get(i).name())) {
                answers.add(new NameClashes.Answer(raw.get(i), selected.get(i).source()));
            }
        }
        List<CheckResult> results = new ArrayList<>();
        for (CheckResult answer : NameClashes.separate(answers)) {
            // Masked here, the one place every message passes through before the body, the log and the events.
            results.add(new CheckResult(answer.name(), answer.messages().stream()
                    .filter(message -> !silenced.contains(message.id())).map(SecretMask::masked).toList()));
        }
        results.sort(Comparator.comparing(CheckResult::name));
        int level = results.stream().mapToInt(CheckResult::level).max().orElse(CheckLevel.OK);
        HeartbeatResult result = new HeartbeatResult(results, level >= config.failLevel());
        log(result);
        return result;
    }

    private static void log(HeartbeatResult result) {
        for (CheckResult check : result.checks()) {
            for (CheckMessage message : check.messages()) {
                LOG.log(CheckLevel.logLevel(message.level()), "{0}: {1}",
                        new Object[] {message.id(), message.displayText()});
            }
        }
    }

    private void announce(HeartbeatResult result) {
        if (result.failed()) {
            announce(failed, new HeartbeatFailed(result));
        } else {
            announce(passed, new HeartbeatPassed(result));
        }
    }

    private static <E> void announce(Event<E> event, E payload) {
        // Asynchronous observers first: a throwing synchronous observer must not keep the event from them.
        try {
            event.fireAsync(payload).exceptionally(Heartbeat::observerFailed);
        } catch (RuntimeException e) {
            observerFailed(e);
        }
        try {
            event.fire(payload);
        } catch (RuntimeException e) {
            observerFailed(e);
        }
    }

    private static <T> T observerFailed(Throwable e) {
        LOG.log(Level.WARNING, "A heartbeat event observer failed; the heartbeat response is unchanged", e);
        return null;
    }
}
