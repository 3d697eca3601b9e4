package dev.dockerflow.jakarta.internal.heartbeat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * Which checks the heartbeat runs: every application check and bridged MicroProfile Health check, and
 * the built-in checks {@code dockerflow.checks} turns on, less the checks {@code dockerflow.skipped-checks}
 * names. Naming a check that runs anyway in {@code dockerflow.checks} changes nothing. Names are checked
 * when the application starts, so a typo in either key fails the deployment instead of silently running
 * or dropping a check, and two checks known under one name (including bridged health checks asked their
 * names at start) fail it naming both. A clash that only a heartbeat reveals is reported in it
 * ({@link NameClashes}).
 */
@ApplicationScoped
public class CheckRegistry {

    private static final Logger LOG = Logger.getLogger("dockerflow.heartbeat");
    private static final String CHECKS_KEY = "dockerflow.checks";
    private static final String SKIPPED_KEY = "dockerflow.skipped-checks";

    @Inject
    DockerflowConfig config;

    @Inject
    @Any
    Instance<CheckSource> sources;

    @Inject
    CheckRunner runner;

    /** Every check of every source, built-in ones turned on or not: what the keys may name. */
    private List<RegisteredCheck> known;
    /** The built-in checks, turned on or not, for the message of a name that matches no check. */
    private List<RegisteredCheck> builtIn;
    /** The checks that are on: every check of a source that runs by default, the built-in ones turned on. */
    private List<RegisteredCheck> candidates;

    @PostConstruct
    void resolve() {
        List<RegisteredCheck> all = new ArrayList<>();
        List<RegisteredCheck> builtInChecks = new ArrayList<>();
        List<RegisteredCheck> on = new ArrayList<>();
        for (CheckSource source : sources) {
            for (RegisteredCheck check : source.checks()) {
                all.add(check);
                if (source.runsOnlyWhenNamed()) {
                    builtInChecks.add(check);
                }
                if (!source.runsOnlyWhenNamed() || matches(config.checks(), check.name())) {
                    on.add(check);
                }
            }
        }
        known = List.copyOf(all);
        builtIn = List.copyOf(builtInChecks);
        candidates = List.copyOf(on);
        requireDistinctNames();
        requireKnown();
    }

    /** Two checks that would run under one name would be merged or hidden in every heartbeat: refuse them. */
    private void requireDistinctNames() {
        Map<String, RegisteredCheck> byName = new HashMap<>();
        for (RegisteredCheck check : running()) {
            RegisteredCheck other = check.nameKnown() ? byName.putIfAbsent(check.name(), check) : null;
            if (other != null) {
                throw new DeploymentException("Two Dockerflow checks are named '" + check.name() + "': "
                        + other.source() + " and " + check.source()
                        + "; give one of them another name (an application check's by @CheckName)");
            }
        }
    }

    /**
     * Whether one of these configured names names the check: its name, or its family. A built-in check
     * that exists several times is named {@code family:member} (for example
     * {@code database:java:app/jdbc/Reports}); naming the family names them all.
     */
    private static boolean matches(Set<String> names, String name) {
        return names.contains(name) || names.contains(family(name));
    }

    static String family(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(0, colon);
    }

    private void requireKnown() {
        if (unknownNames(config.checks()).isEmpty() && unknownNames(config.skippedChecks()).isEmpty()) {
            return;
        }
        // MicroProfile Health checks tell their names only when called: ask them once.
        List<RegisteredCheck> unnamed = unnamed();
        if (!unnamed.isEmpty()) {
            runner.run(unnamed);
            requireDistinctNames();
        }
        Map<String, Set<String>> unknown = new LinkedHashMap<>();
        unknown.put(CHECKS_KEY, unknownNames(config.checks()));
        unknown.put(SKIPPED_KEY, unknownNames(config.skippedChecks()));
        unknown.values().removeIf(Set::isEmpty);
        if (unknown.isEmpty()) {
            return;
        }
        List<RegisteredCheck> stillUnnamed = unnamed();
        if (!stillUnnamed.isEmpty()) {
            // A health check that could not answer yet may be the one named: Payara Micro, for one, cannot
            // build a HealthCheckResponse while the application is still deploying. Its name is learnt at
            // the first heartbeat, which then runs or skips it by that name.
            unknown.forEach((key, names) -> LOG.warning(() -> key + " names " + String.join(", ", names)
                    + ", which no check has answered to yet; " + stillUnnamed.size() + " MicroProfile Health"
                    + " check(s) could not be asked their names at start and will be at the first heartbeat"));
            return;
        }
        List<String> problems = new ArrayList<>();
        unknown.forEach((key, names) -> problems.add(key + " names " + String.join(", ", names) + ", which "
                + (names.size() == 1 ? "matches" : "match") + " no check"));
        Set<String> builtInNames = new TreeSet<>();
        builtIn.forEach(check -> builtInNames.add(family(check.name())));
        Set<String> others = new TreeSet<>();
        known.stream().filter(check -> !builtIn.contains(check)).forEach(check -> others.add(check.name()));
        throw new DeploymentException("Invalid Dockerflow configuration: " + String.join("; ", problems)
                + " (built-in checks: " + String.join(", ", builtInNames)
                + "; other checks: " + (others.isEmpty() ? "none" : String.join(", ", others)) + ")");
    }

    private List<RegisteredCheck> unnamed() {
        return known.stream().filter(check -> !check.nameKnown()).toList();
    }

    private Set<String> unknownNames(Set<String> configured) {
        Set<String> unknown = new LinkedHashSet<>(configured);
        known.forEach(check -> {
            unknown.remove(check.name());
            unknown.remove(family(check.name()));
        });
        return unknown;
    }

    /** The checks that are on and not skipped, including those whose name is still unknown. */
    private List<RegisteredCheck> running() {
        return candidates.stream().filter(check -> !check.nameKnown() || isSelected(check.name())).toList();
    }

    /**
     * The checks to run now, in the order of their names.
     *
     * @return the selected checks, including those whose name is still unknown
     */
    public List<RegisteredCheck> selected() {
        return running().stream().sorted(Comparator.comparing(RegisteredCheck::name)).toList();
    }

    /**
     * Whether a check that reported under this name belongs in the heartbeat: a bridged health check
     * tells its name only when it runs.
     *
     * @param name the name a check reported under
     * @return {@code false} when {@code dockerflow.skipped-checks} names it
     */
    public boolean isSelected(String name) {
        return !matches(config.skippedChecks(), name);
    }
}
