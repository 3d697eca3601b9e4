package dev.dockerflow.jakarta.internal.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;

import dev.dockerflow.jakarta.heartbeat.CheckLevel;
import dev.dockerflow.jakarta.logging.DockerflowLevels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * The library's configuration, read once through MicroProfile Config, so every key can also be set as
 * an environment variable ({@code dockerflow.base-dir} as {@code DOCKERFLOW_BASE_DIR}).
 *
 * <p>Values are checked when the application starts: an invalid one fails the deployment with a
 * message naming the key and the value, rather than surfacing on the first probe.
 */
@ApplicationScoped
public class DockerflowConfig {

    /** The default {@code dockerflow.heartbeat.timeout}: below Kubernetes' default probe timeout of one second. */
    public static final long DEFAULT_TIMEOUT_MILLIS = 800;

    private Path baseDir;
    private Set<String> checks;
    private Set<String> skippedChecks;
    private Set<String> silencedChecks;
    private int failLevel;
    private int failedStatusCode;
    private DetailsMode detailsMode;
    private String detailsRole;
    private long timeoutMillis;
    private long cacheMillis;
    private Set<HealthKind> healthKinds;
    private String requestIdHeader;
    private boolean summaryQuerystring;
    private boolean errorEndpoint;
    private String loggerName;
    private boolean loggingStdout;
    private List<String> loggingLoggers;
    private Level loggingLevel;

    /** For the CDI container's proxy. */
    protected DockerflowConfig() {
    }

    /**
     * Reads and checks every key.
     *
     * @param config the application's configuration
     * @throws DeploymentException naming the key and the value when a value is invalid
     */
    @Inject
    public DockerflowConfig(Config config) {
        baseDir = Path.of(config.getOptionalValue("dockerflow.base-dir", String.class)
                .or(() -> config.getOptionalValue("BASE_DIR", String.class))
                .orElse("/app"));
        checks = names(config, "dockerflow.checks");
        skippedChecks = names(config, "dockerflow.skipped-checks");
        silencedChecks = names(config, "dockerflow.silenced-checks");
        String failLevelText = config.getOptionalValue("dockerflow.heartbeat.fail-level", String.class).orElse("warning");
        // A fail level of ok (0) or below would fail every heartbeat, even one whose checks all pass.
        failLevel = CheckLevel.parse(failLevelText).filter(level -> level > CheckLevel.OK)
                .orElseThrow(() -> invalid("dockerflow.heartbeat.fail-level", failLevelText,
                        "a level name (debug, info, warning, error, critical) or a number above 0"));
        failedStatusCode = integer(config, "dockerflow.heartbeat.failed-status-code", 500);
        if (failedStatusCode < 500 || failedStatusCode > 599) {
            throw invalid("dockerflow.heartbeat.failed-status-code", Integer.toString(failedStatusCode),
                    "an HTTP status code from 500 to 599");
        }
        String details = config.getOptionalValue("dockerflow.heartbeat.details", String.class).orElse("authorized");
        detailsMode = oneOf(DetailsMode.class, details).orElseThrow(() -> invalid("dockerflow.heartbeat.details", details,
                "always, never or authorized"));
        detailsRole = config.getOptionalValue("dockerflow.heartbeat.details-role", String.class).orElse("dockerflow");
        timeoutMillis = integer(config, "dockerflow.heartbeat.timeout", DEFAULT_TIMEOUT_MILLIS);
        if (timeoutMillis <= 0) {
            throw invalid("dockerflow.heartbeat.timeout", Long.toString(timeoutMillis),
                    "a positive number of milliseconds");
        }
        cacheMillis = integer(config, "dockerflow.heartbeat.cache", 0);
        if (cacheMillis < 0) {
            throw invalid("dockerflow.heartbeat.cache", Long.toString(cacheMillis),
                    "zero or a positive number of milliseconds");
        }
        healthKinds = EnumSet.noneOf(HealthKind.class);
        for (String kind : config.getOptionalValues("dockerflow.health.include", String.class)
                .orElse(List.of("liveness", "readiness", "startup"))) {
            healthKinds.add(oneOf(HealthKind.class, kind).orElseThrow(() -> invalid("dockerflow.health.include", kind,
                    "liveness, readiness or startup")));
        }
        requestIdHeader = config.getOptionalValue("dockerflow.request-id.header", String.class).orElse("X-Request-ID");
        summaryQuerystring = bool(config, "dockerflow.summary.querystring");
        errorEndpoint = bool(config, "dockerflow.error-endpoint");
        loggerName = config.getOptionalValue("dockerflow.logger-name", String.class).orElse("Dockerflow");
        loggingStdout = bool(config, "dockerflow.logging.stdout");
        loggingLoggers = loggerNames(config, "dockerflow.logging.loggers");
        String level = config.getOptionalValue("dockerflow.logging.level", String.class).orElse("INFO");
        loggingLevel = level(level).orElseThrow(() -> invalid("dockerflow.logging.level", level,
                "a java.util.logging level (OFF, SEVERE, WARNING, INFO, CONFIG, FINE, FINER, FINEST, ALL)"
                        + " or debug, error, critical"));
    }

    /**
     * Logger names, comma-separated. Unlike check names, an empty or blank one is an error rather than
     * skipped: it would be the root logger, or a typo that leaves the application's lines off stdout.
     */
    private static List<String> loggerNames(Config config, String key) {
        Optional<String> text = config.getOptionalValue(key, String.class);
        if (text.isEmpty()) {
            return List.of();
        }
        Set<String> result = new LinkedHashSet<>();
        for (String name : text.get().split(",", -1)) {
            String trimmed = name.trim();
            if (trimmed.isEmpty() || trimmed.chars().anyMatch(Character::isWhitespace)) {
                throw invalid(key, text.get(), "comma-separated logger names, none empty or holding a space");
            }
            result.add(trimmed);
        }
        return List.copyOf(result);
    }

    /** A java.util.logging level by name, any case, or one of the Dockerflow level names it lacks. */
    private static Optional<Level> level(String text) {
        String name = text.trim().toUpperCase(Locale.ROOT);
        return Optional.ofNullable(switch (name) {
            case "OFF", "SEVERE", "WARNING", "INFO", "CONFIG", "FINE", "FINER", "FINEST", "ALL" -> Level.parse(name);
            case "DEBUG" -> Level.FINE;
            case "ERROR" -> Level.SEVERE;
            case "CRITICAL" -> DockerflowLevels.CRITICAL;
            default -> null;
        });
    }

    private static Set<String> names(Config config, String key) {
        Set<String> result = new LinkedHashSet<>();
        for (String value : config.getOptionalValues(key, String.class).orElse(List.of())) {
            if (!value.isBlank()) {
                result.add(value.trim());
            }
        }
        return Collections.unmodifiableSet(result);
    }

    /** The constant whose name, lower-cased, is the text. */
    private static <E extends Enum<E>> Optional<E> oneOf(Class<E> type, String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    private static long integer(Config config, String key, long defaultValue) {
        Optional<String> text = config.getOptionalValue(key, String.class);
        try {
            return text.map(String::trim).map(Long::parseLong).orElse(defaultValue);
        } catch (NumberFormatException e) {
            throw invalid(key, text.get(), "an integer");
        }
    }

    private static int integer(Config config, String key, int defaultValue) {
        long value = integer(config, key, (long) defaultValue);
        if (value != (int) value) {
            throw invalid(key, Long.toString(value), "an integer");
        }
        return (int) value;
    }

    private static boolean bool(Config config, String key) {
        String text = config.getOptionalValue(key, String.class).orElse("false").trim();
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw invalid(key, text, "true or false");
    }

    static DeploymentException invalid(String key, String value, String expected) {
        return new DeploymentException("Invalid Dockerflow configuration: " + key + "=" + value + " (expected "
                + expected + ")");
    }

    /** @return the folder holding version.json */
    public Path baseDir() {
        return baseDir;
    }

    /**
     * @return the names in {@code dockerflow.checks}, in their order: the built-in checks to turn on, and
     *         perhaps names of other checks, which run anyway
     */
    public Set<String> checks() {
        return checks;
    }

    /** @return the names in {@code dockerflow.skipped-checks}, in their order: checks the heartbeat does not run */
    public Set<String> skippedChecks() {
        return skippedChecks;
    }

    /** @return the message ids dropped from every check's result */
    public Set<String> silencedChecks() {
        return silencedChecks;
    }

    /** @return the lowest heartbeat level that fails the heartbeat */
    public int failLevel() {
        return failLevel;
    }

    /** @return the HTTP status of a failed heartbeat */
    public int failedStatusCode() {
        return failedStatusCode;
    }

    /** @return when the heartbeat shows its checks and details */
    public DetailsMode detailsMode() {
        return detailsMode;
    }

    /** @return the role a caller needs to see details in {@link DetailsMode#AUTHORIZED} mode */
    public String detailsRole() {
        return detailsRole;
    }

    /** @return the per-check deadline in milliseconds */
    public long timeoutMillis() {
        return timeoutMillis;
    }

    /** @return milliseconds a heartbeat result may be reused, 0 for never */
    public long cacheMillis() {
        return cacheMillis;
    }

    /** @return the MicroProfile Health kinds bridged into the heartbeat */
    public Set<HealthKind> healthKinds() {
        return healthKinds;
    }

    /** @return the request id header, read and echoed */
    public String requestIdHeader() {
        return requestIdHeader;
    }

    /** @return whether request.summary carries the query string */
    public boolean summaryQuerystring() {
        return summaryQuerystring;
    }

    /** @return whether {@code /__error__} is served */
    public boolean errorEndpoint() {
        return errorEndpoint;
    }

    /** @return the mozlog {@code Logger} field */
    public String loggerName() {
        return loggerName;
    }

    /** @return whether the library writes mozlog lines to standard output itself ({@code dockerflow.logging.stdout}) */
    public boolean loggingStdout() {
        return loggingStdout;
    }

    /**
     * @return the application's loggers named in {@code dockerflow.logging.loggers}, in their order, without
     *         repeats; the library's own come on top of these
     */
    public List<String> loggingLoggers() {
        return loggingLoggers;
    }

    /** @return the level of the handler writing to standard output ({@code dockerflow.logging.level}) */
    public Level loggingLevel() {
        return loggingLevel;
    }
}
