package dev.dockerflow.jakarta.internal.version;

import dev.dockerflow.jakarta.version.VersionProvider;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.dockerflow.jakarta.internal.config.DockerflowConfig;
import dev.dockerflow.jakarta.internal.json.JsonCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;

/**
 * Finds the version object: a {@link VersionProvider} bean when the application has one, else
 * {@code <dockerflow.base-dir>/version.json}, else {@value #PACKAGED} on the application's class path.
 * A file is read on every request, as python-dockerflow does, so a replaced file is served at once.
 */
@ApplicationScoped
public class VersionLookup {

    /** Where an application packages its version.json for deployments without a base dir. */
    public static final String PACKAGED = "META-INF/dockerflow/version.json";

    private static final Logger LOG = Logger.getLogger("dockerflow.version");

    @Inject
    DockerflowConfig config;

    @Inject
    JsonCodec json;

    @Inject
    Instance<VersionProvider> providers;

    /**
     * Looks the version object up. A broken one is logged at SEVERE, naming the file.
     *
     * @return what was found
     */
    public VersionResult lookup() {
        VersionResult result = providers.isResolvable() ? fromProvider(providers.get()) : fromFiles();
        if (result instanceof VersionResult.Broken broken) {
            String detail = broken.cause() == null ? "" : " (" + broken.cause() + ")";
            LOG.log(Level.SEVERE, "Cannot serve /__version__ from " + broken.location() + ": " + broken.problem() + detail);
        }
        return result;
    }

    private VersionResult fromProvider(VersionProvider provider) {
        String location = "the VersionProvider bean " + beanClass();
        try {
            Optional<Map<String, Object>> version = provider.version();
            return version == null || version.isEmpty() ? new VersionResult.Missing()
                    : new VersionResult.Found(json.toJson(version.get()));
        } catch (Exception e) {
            return new VersionResult.Broken(location, "the version provider failed", e);
        }
    }

    private VersionResult fromFiles() {
        Path file = config.baseDir().resolve("version.json");
        if (Files.exists(file)) {
            try {
                return validated(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                return new VersionResult.Broken(file.toString(), "version.json could not be read", e);
            }
        }
        URL packaged = classLoader().getResource(PACKAGED);
        if (packaged == null) {
            return new VersionResult.Missing();
        }
        try (InputStream in = packaged.openStream()) {
            return validated(packaged.toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new VersionResult.Broken(packaged.toString(), "version.json could not be read", e);
        }
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : VersionLookup.class.getClassLoader();
    }

    private VersionResult validated(String location, String text) {
        String body = text.strip();
        if (body.startsWith("\uFEFF")) {
            body = body.substring(1).strip();
        }
        Object parsed;
        try {
            parsed = body.isEmpty() ? null : json.parse(body);
        } catch (JsonbException e) {
            return new VersionResult.Broken(location, "version.json is not valid JSON: " + rootMessage(e), e);
        }
        if (!(parsed instanceof Map)) {
            return new VersionResult.Broken(location, "version.json holds " + describe(parsed) + ", not a JSON object",
                    null);
        }
        return new VersionResult.Found(body);
    }

    private String beanClass() {
        return providers.getHandle().getBean().getBeanClass().getName();
    }

    /** The parser's own words (line and column), without the exception types wrapped around them. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    private static String describe(Object value) {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof List) {
            return "an array";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Number) {
            return "a number";
        }
        return "a " + value.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
