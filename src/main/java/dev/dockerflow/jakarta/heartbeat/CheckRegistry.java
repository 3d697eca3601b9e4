package dev.dockerflow.jakarta.heartbeat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.dockerflow.jakarta.config.DockerflowConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.inject.Inject;

/**
 * Which checks the heartbeat runs: every check of every {@link CheckSource}, narrowed by
 * {@code dockerflow.checks} when it is set. Names are checked when the application starts, so a
 * typo in the configuration fails the deployment instead of silently dropping a check.
 */
@ApplicationScoped
public class CheckRegistry {

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
        Set<String> seen = new HashSet<>();
        for (CheckSource source : sources) {
            for (RegisteredCheck check : source.checks()) {
                if (source.runsOnlyWhenNamed() && !named(check.name())) {
                    continue;
                }
                if (check.nameKnown() && !seen.add(check.name())) {
                    throw new DeploymentException("Two Dockerflow checks are named '" + check.name()
                            + "'; give one of them another @Named name");
                }
                found.add(check);
            }
        }
        candidates = List.copyOf(found);
        config.checks().ifPresent(this::requireKnown);
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
        List<RegisteredCheck> unnamed = candidates.stream().filter(check -> !check.nameKnown()).toList();
        if (!unknownNames(configured).isEmpty() && !unnamed.isEmpty()) {
            // MicroProfile Health checks tell their names only when called: ask them once.
            runner.run(unnamed);
        }
        Set<String> unknown = unknownNames(configured);
        if (!unknown.isEmpty()) {
            Set<String> known = new TreeSet<>();
            candidates.forEach(check -> known.add(check.name()));
            throw new DeploymentException("Invalid Dockerflow configuration: dockerflow.checks names "
                    + String.join(", ", unknown) + ", which matches no check (known checks: "
                    + (known.isEmpty() ? "none" : String.join(", ", known)) + ")");
        }
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
