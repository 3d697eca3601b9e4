package dev.dockerflow.jakarta.tck;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.dockerflow.jakarta.DockerflowFeature;
import dev.dockerflow.jakarta.tck.deployment.RootApplication;
import dev.dockerflow.jakarta.tck.deployment.TckResource;
import jakarta.ws.rs.core.Application;

/**
 * The WAR a scenario deploys: the library in {@code WEB-INF/lib}, a root Jakarta REST application
 * registering {@link DockerflowFeature} and the kit's {@link TckResource}, a {@code beans.xml} in
 * annotated mode, and the few beans and settings the scenario names.
 */
public final class TckArchive {

    private final String name;
    private final List<Class<?>> classes = new ArrayList<>();
    private final Map<String, String> config = new LinkedHashMap<>();
    private final Map<String, String> resources = new LinkedHashMap<>();
    private final Map<String, String> webInf = new LinkedHashMap<>();
    private final List<Class<? extends Application>> applications = new ArrayList<>();

    private TckArchive(String name) {
        this.name = name;
    }

    /**
     * Starts a scenario's WAR.
     *
     * @param scenario the test class deploying the archive, whose simple name names the WAR
     * @return an archive with the library and the root application
     */
    public static TckArchive of(Class<?> scenario) {
        return new TckArchive(scenario.getSimpleName());
    }

    /**
     * Adds classes to the WAR.
     *
     * @param beans classes deployed in {@code WEB-INF/classes}: checks, health checks, observers
     * @return this archive
     */
    public TckArchive with(Class<?>... beans) {
        classes.addAll(List.of(beans));
        return this;
    }

    /**
     * Adds one line to the archive's {@code META-INF/microprofile-config.properties}.
     *
     * @param key a configuration key
     * @param value its value
     * @return this archive
     */
    public TckArchive config(String key, String value) {
        config.put(key, value);
        return this;
    }

    /**
     * Adds a file to the class path.
     *
     * @param path a path under {@code WEB-INF/classes}, such as {@code META-INF/dockerflow/version.json}
     * @param content the file's text
     * @return this archive
     */
    public TckArchive resource(String path, String content) {
        resources.put(path, content);
        return this;
    }

    /**
     * Adds a deployment descriptor.
     *
     * @param fileName a descriptor in {@code WEB-INF}, such as {@code web.xml}
     * @param content its text
     * @return this archive
     */
    public TckArchive webInf(String fileName, String content) {
        webInf.put(fileName, content);
        return this;
    }

    /**
     * Deploys these Jakarta REST applications instead of the kit's root application.
     *
     * @param replacements application classes, each with its {@code @ApplicationPath}
     * @return this archive
     */
    @SafeVarargs
    public final TckArchive applications(Class<? extends Application>... replacements) {
        applications.addAll(List.of(replacements));
        return this;
    }

    /** {@return the WAR} */
    public WebArchive build() {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsLibrary(library())
                .addClass(TckResource.class)
                .addClasses(classes.toArray(Class<?>[]::new))
                .addAsWebInfResource(new StringAsset(BEANS_XML), "beans.xml");
        if (applications.isEmpty()) {
            war.addClass(RootApplication.class);
        } else {
            applications.forEach(war::addClass);
        }
        if (!config.isEmpty()) {
            String properties = config.entrySet().stream()
                    .map(entry -> entry.getKey() + "=" + entry.getValue())
                    .collect(Collectors.joining("\n", "", "\n"));
            war.addAsResource(new StringAsset(properties), "META-INF/microprofile-config.properties");
        }
        resources.forEach((path, content) -> war.addAsResource(new StringAsset(content), path));
        webInf.forEach((fileName, content) -> war.addAsWebInfResource(new StringAsset(content), fileName));
        return war;
    }

    /** The library as this JVM loaded it: its jar, or its classes folder in a build of the library itself. */
    private static JavaArchive library() {
        File location;
        try {
            location = Path.of(DockerflowFeature.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toFile();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate dockerflow-jakarta", e);
        }
        JavaArchive library = ShrinkWrap.create(JavaArchive.class, "dockerflow-jakarta.jar");
        if (location.isDirectory()) {
            return library.as(ExplodedImporter.class).importDirectory(location).as(JavaArchive.class);
        }
        return library.as(ZipImporter.class).importFrom(location).as(JavaArchive.class);
    }

    private static final String BEANS_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <beans xmlns="https://jakarta.ee/xml/ns/jakartaee"
                   xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                   xsi:schemaLocation="https://jakarta.ee/xml/ns/jakartaee https://jakarta.ee/xml/ns/jakartaee/beans_4_0.xsd"
                   version="4.0" bean-discovery-mode="annotated">
            </beans>
            """;
}
