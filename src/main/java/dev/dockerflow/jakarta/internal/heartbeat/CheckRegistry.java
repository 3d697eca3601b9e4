package dev.dockerflow.jakarta.internal.heartbeat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

import dev.dockerflow.jakarta.internal.config.DockerflowConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.inject.Inject;

/**
 * Which checks the heartbeat runs: every check of every {@link CheckSource}, narrowed by
 * {@code dockerflow.checks} when it is set. Names are checked when the application starts, so a
 * typo in the configuration fails the deployment instead of silently dropping a check, and two
 * checks known under one name (including bridged health checks asked their names at start) fail it
 * naming both. A clash that only a heartbeat reveals is reported in it ({@link NameClashes}).
 */
@ApplicationScoped
public class CheckRegistry {

    private static final Logger LOG = Logger.getLogger("dockerflow.heartbeat");

    @Inject
    DockerflowConfig config;

    @Inject
    @Any
    Instance<CheckSource> sources;

    @Inject
    CheckRunner runner;

    private List<RegisteredCheck> candidates;

    @PostConstruct
    void resolve() {
        List<RegisteredCheck> found = new ArrayList<>();
        for (CheckSource source : sources) {
            for (RegisteredCheck check : source.checks()) {
                if (!source.runsOnlyWhenNamed() || named(check.name())) {
                    found.add(check);
                }
            }
        }
        candidates = List.copyOf(found);
        requireDistinctNames();
        config.checks().ifPresent(this::requireKnown);
    }

    /** Two checks known under one name now would be merged or hidden in every heartbeat: refuse them. */
    private void requireDistinctNames() {
        Map<String, RegisteredCheck> byName = new HashMap<>();
        for (RegisteredCheck check : candidates) {
            RegisteredCheck other = check.nameKnown() ? byName.putIfAbsent(check.name(), check) : null;
            if (other != null) {
                throw new DeploymentException("Two Dockerflow checks are named '" + check.name() + "': "
                        + other.source() + " and " + check.source()
                        + "; give one of them another name (an application check's by @Named)");
            }
        }
    }

    private boolean named(String name) {
        return config.checks().map(names -> names.contains(name) || names.contains(family(name))).orElse(false);
    }

    /**
     * A built-in check that exists several times is named {@code family:member} (for example
     * {@code database:java:app/jdbc/Reports}); naming the family in {@code dockerflow.checks} runs them all.
     */
    static String family(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(0, colon);
    }

    private void requireKnown(Set<String> configured) {
        if (unknownNames(configured).isEmpty()) {
            return;
        }
        // MicroProfile Health checks tell their names only when called: ask them once.
        List<RegisteredCheck> unnamed = unnamed();
        if (!unnamed.isEmpty()) {
            runner.run(unnamed);
            requireDistinctNames();
        }
        Set<String> unknown = unknownNames(configured);
        if (unknown.isEmpty()) {
            return;
        }
        List<RegisteredCheck> stillUnnamed = unnamed();
        if (!stillUnnamed.isEmpty()) {
            // A health check that could not answer yet may be the one named: Payara Micro, for one, cannot
            // build a HealthCheckResponse while the application is still deploying. Its name is learnt at
            // the first heartbeat, and only a check of that name is reported.
            LOG.warning(() -> "dockerflow.checks names " + String.join(", ", unknown) + ", which no check has"
                    + " answered to yet; " + stillUnnamed.size() + " MicroProfile Health check(s) could not be"
                    + " asked their names at start and will be at the first heartbeat");
            return;
        }
        Set<String> known = new TreeSet<>();
        candidates.forEach(check -> known.add(check.name()));
        throw new DeploymentException("Invalid Dockerflow configuration: dockerflow.checks names "
                + String.join(", ", unknown) + ", which matches no check (known checks: "
                + (known.isEmpty() ? "none" : String.join(", ", known)) + ")");
    }

    private List<RegisteredCheck> unnamed() {
        return candidates.stream().filter(check -> !check.nameKnown()).toList();
    }

    private Set<String> unknownNames(Set<String> configured) {
        Set<String> unknown = new LinkedHashSet<>(configured);
        candidates.forEach(check -> {
            unknown.remove(check.name());
            unknown.remove(family(check.name()));
        });
        return unknown;
    }

    /**
     * The checks to run now, in the order of their names.
     *
     * @return the selected checks, including those whose name is still unknown
     */
    public List<RegisteredCheck> selected() {
        return candidates.stream()
                .filter(check -> !check.nameKnown() || isSelected(check.name()))
                .sorted(Comparator.comparing(RegisteredCheck::name))
                .toList();
    }

    /**
     * Whether a check that reported under this name belongs in the heartbeat.
     *
     * @param name the name a check reported under
     * @return {@code true} when {@code dockerflow.checks} is unset or names it
     */
    public boolean isSelected(String name) {
        return config.checks().isEmpty() || named(name);
    }
}
