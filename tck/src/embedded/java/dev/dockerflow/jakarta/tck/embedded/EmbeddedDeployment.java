package dev.dockerflow.jakarta.tck.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.jboss.shrinkwrap.api.exporter.ExplodedExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * One WAR running: its classes and libraries in a class loader of their own, its configuration, its
 * CDI container, and an HTTP server with one Jakarta REST application per {@code @ApplicationPath}.
 */
final class EmbeddedDeployment {

    private final Path folder;
    private final URLClassLoader loader;
    private final List<AutoCloseable> running = new ArrayList<>();
    private int port;

    private EmbeddedDeployment(Path folder, URLClassLoader loader) {
        this.folder = folder;
        this.loader = loader;
    }

    /**
     * @param war the archive
     * @param contextRoot the path the WAR is served under
     * @param host the address to listen on
     * @return the running deployment
     */
    static EmbeddedDeployment start(WebArchive war, String contextRoot, String host) {
        Path folder;
        try {
            folder = Files.createTempDirectory("dockerflow-tck-embedded");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path webapp = war.as(ExplodedExporter.class).exportExploded(folder.toFile(), "webapp").toPath();
        List<Path> libraries = libraries(webapp);
        EmbeddedDeployment deployment = new EmbeddedDeployment(folder, classLoader(webapp, libraries));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(deployment.loader);
        try {
            deployment.startIn(webapp, libraries, contextRoot, host);
            return deployment;
        } catch (RuntimeException | Error e) {
            deployment.stop();
            throw e;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void startIn(Path webapp, List<Path> libraries, String contextRoot, String host) {
        Config config = new SmallRyeConfigBuilder().forClassLoader(loader)
                .addDefaultSources().addDiscoveredSources().addDiscoveredConverters().build();
        ConfigProviderResolver.instance().registerConfig(config, loader);
        running.add(() -> ConfigProviderResolver.instance().releaseConfig(config));

        List<Class<?>> classes = beanArchiveClasses(webapp, libraries);
        WeldContainer weld = new Weld("dockerflow-tck-" + contextRoot + "-" + System.nanoTime())
                .disableDiscovery()
                .setBeanDiscoveryMode(org.jboss.weld.bootstrap.spi.BeanDiscoveryMode.ANNOTATED)
                .addBeanClasses(classes.toArray(Class<?>[]::new))
                .addBeanClass(EmbeddedDefaultDataSource.class)
                .addBeanClass(EmbeddedManagedExecutor.class)
                // MicroProfile Health, the runtime's own: SmallRye Health's beans
                .addPackages(true, SmallRyeHealthReporter.class)
                // MicroProfile Config's CDI integration, which a MicroProfile runtime provides
                .addExtension(new io.smallrye.config.inject.ConfigExtension())
                .initialize();
        running.add(weld::shutdown);

        HttpServer server = new HttpServer();
        NetworkListener listener = new NetworkListener("dockerflow-tck", host, 0);
        listener.getTransport().getWorkerThreadPoolConfig().setInitialClassLoader(loader);
        server.addListener(listener);
        for (Class<?> type : classes) {
            ApplicationPath path = type.getAnnotation(ApplicationPath.class);
            if (path != null && Application.class.isAssignableFrom(type)) {
                ResourceConfig application = ResourceConfig.forApplicationClass(type.asSubclass(Application.class))
                        .register(EmbeddedBasicAuthentication.class);
                String context = ("/" + contextRoot + "/" + path.value()).replaceAll("/+", "/").replaceFirst("/$", "");
                server.getServerConfiguration().addHttpHandler(
                        ContainerFactory.createContainer(GrizzlyHttpContainer.class, application),
                        HttpHandlerRegistration.builder().contextPath(context).urlPattern("/").build());
            }
        }
        server.getServerConfiguration().addHttpHandler(new EmbeddedHealthEndpoint(), "/health");
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        running.add(server::shutdownNow);
        port = listener.getPort();
    }

    /** @return the port the deployment listens on */
    int port() {
        return port;
    }

    /** Stops the server, the container and the configuration, and deletes the exploded WAR. */
    void stop() {
        for (int i = running.size() - 1; i >= 0; i--) {
            try {
                running.get(i).close();
            } catch (Exception e) {
                // Keep stopping the rest; an undeploy must release everything it can.
            }
        }
        running.clear();
        try {
            loader.close();
        } catch (IOException e) {
            // Nothing holds the class loader's files past this point.
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is not worth failing an undeploy for.
        }
    }

    private static URLClassLoader classLoader(Path webapp, List<Path> libraries) {
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(webapp.resolve("WEB-INF/classes").toUri().toURL());
            for (Path library : libraries) {
                urls.add(library.toUri().toURL());
            }
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        return new URLClassLoader("webapp", urls.toArray(URL[]::new), EmbeddedDeployment.class.getClassLoader());
    }

    private static List<Path> libraries(Path webapp) {
        Path lib = webapp.resolve("WEB-INF/lib");
        if (!Files.isDirectory(lib)) {
            return List.of();
        }
        try (Stream<Path> jars = Files.list(lib)) {
            return jars.filter(jar -> jar.toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> classFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(file -> root.relativize(file).toString())
                    .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The classes of {@code WEB-INF/classes} and of each library holding a {@code META-INF/beans.xml}. */
    private List<Class<?>> beanArchiveClasses(Path webapp, List<Path> libraries) {
        List<String> names = new ArrayList<>(classFiles(webapp.resolve("WEB-INF/classes")));
        for (Path library : libraries) {
            // ShrinkWrap explodes the libraries too: each is a folder named like its jar.
            if (Files.exists(library.resolve("META-INF/beans.xml"))) {
                names.addAll(classFiles(library));
            }
        }
        List<Class<?>> loaded = new ArrayList<>();
        for (String name : names) {
            String className = name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.');
            try {
                loaded.add(Class.forName(className, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                // A class that cannot load (an optional dependency missing) is no bean, as on a server.
            }
        }
        return loaded;
    }
}
