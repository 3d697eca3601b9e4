package dev.dockerflow.jakarta.heartbeat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.dockerflow.jakarta.config.DockerflowConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * One heartbeat: run the selected checks, drop silenced message ids, log every message at its level
 * as {@code ID: text}, and announce the outcome as a {@link HeartbeatPassed} or {@link HeartbeatFailed}
 * event to synchronous and asynchronous observers.
 */
@ApplicationScoped
public class Heartbeat {

    private static final Logger LOG = Logger.getLogger("dockerflow.heartbeat");

    @Inject
    DockerflowConfig config;

    @Inject
    CheckRegistry registry;

    @Inject
    CheckRunner runner;

    @Inject
    Event<HeartbeatPassed> passed;

    @Inject
    Event<HeartbeatFailed> failed;

    private volatile Reusable latest;

    /**
     * Runs the heartbeat, or reuses the latest result while it is younger than
     * {@code dockerflow.heartbeat.cache} (a reused result fires no event).
     *
     * @return its result; never throws because of a check or an observer
     */
    public HeartbeatResult run() {
        long now = System.nanoTime();
        Reusable reusable = latest;
        if (reusable != null && now - reusable.at() < TimeUnit.MILLISECONDS.toNanos(config.cacheMillis())) {
            return reusable.result();
        }
        HeartbeatResult result = runChecks();
        if (config.cacheMillis() > 0) {
            latest = new Reusable(result, now);
        }
        return result;
    }

    private record Reusable(HeartbeatResult result, long at) {
    }

    private HeartbeatResult runChecks() {
        Set<String> silenced = config.silencedChecks();
        List<CheckResult> results = new ArrayList<>();
        for (CheckResult raw : runner.run(registry.selected())) {
            if (registry.isSelected(raw.name())) {
                results.add(new CheckResult(raw.name(),
                        raw.messages().stream().filter(message -> !silenced.contains(message.id())).toList()));
            }
        }
        results.sort(Comparator.comparing(CheckResult::name));
        int level = results.stream().mapToInt(CheckResult::level).max().orElse(CheckLevel.OK);
        HeartbeatResult result = new HeartbeatResult(results, level >= config.failLevel());
        log(result);
        announce(result);
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
