package dev.dockerflow.jakarta.version;

import java.util.Map;
import java.util.Optional;

/**
 * Replaces the version.json lookup (python-dockerflow's version callback). Provide one CDI bean of
 * this type and {@code /__version__} serves what it returns, serialised with JSON-B.
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class BuildInfoVersion implements VersionProvider {
 *     public Optional<Map<String, Object>> version() {
 *         return Optional.of(Map.of("version", BuildInfo.VERSION, "commit", BuildInfo.COMMIT,
 *                 "source", "https://github.com/org/repo", "build", BuildInfo.BUILD_URL));
 *     }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface VersionProvider {

    /**
     * The version object.
     *
     * @return the object to serve, or empty to answer 404
     * @throws Exception when it cannot be produced; answered as a 500 with a JSON error body
     */
    Optional<Map<String, Object>> version() throws Exception;
}
