package dev.dockerflow.jakarta.testing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dockerflow.jakarta.DockerflowFeature;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.inject.ConfigExtension;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.jboss.weld.bootstrap.spi.BeanDiscoveryMode;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One deployment of a scenario: a Weld SE container holding the library's beans and the scenario's
 * beans, and a Jersey application registering {@link DockerflowFeature}, served by Grizzly over real
 * HTTP on a free loopback port. Registered as a static field it lives for the test class; as an
 * instance field, for each test.
 */
public final class DockerflowApp implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {

    private final List<Class<?>> beans = new ArrayList<>();
    private final List<Class<?>> jaxrs = new ArrayList<>();
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private Path packagedResources;
    private int workerThreads;
    private final Map<String, java.util.function.Supplier<String>> plainHandlers = new LinkedHashMap<>();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private WeldContainer container;
    private HttpServer server;
    private URI base;
    private boolean perClass;

    private DockerflowApp() {
    }

    /**
     * @param beans the scenario's CDI beans
     * @return a deployment of the library and these beans
     */
    public static DockerflowApp with(Class<?>... beans) {
        DockerflowApp app = new DockerflowApp();
        app.beans.addAll(List.of(beans));
        return app;
    }

    /** Adds a MicroProfile Config property, as microprofile-config.properties would. */
    public DockerflowApp config(String key, String value) {
        properties.put(key, value);
        return this;
    }

    /** Adds an environment variable, read through MicroProfile Config's environment source. */
    public DockerflowApp env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Registers application JAX-RS classes (resources, filters) beside the feature. */
    public DockerflowApp jaxrs(Class<?>... classes) {
        jaxrs.addAll(List.of(classes));
        return this;
    }

    /** Serves every request on one pooled thread, to show what one request leaves behind for the next. */
    public DockerflowApp oneWorkerThread() {
        return workerThreads(1);
    }

    /** Serves requests on this many pooled threads, as many as a test's concurrent requests, say. */
    public DockerflowApp workerThreads(int threads) {
        workerThreads = threads;
        return this;
    }

    /**
     * Serves a path outside Jakarta REST, on the same server and worker threads, as a servlet
     * container serves static files beside the application.
     */
    public DockerflowApp plainHandler(String path, java.util.function.Supplier<String> body) {
        plainHandlers.put(path, body);
        return this;
    }

    /** Puts a folder on the class path of the server's request threads, as a WAR's classes are. */
    public DockerflowApp packagedResources(Path folder) {
        packagedResources = folder;
        return this;
    }

    /**
     * What a deployment is made again from in another class loader ({@link WithoutLibraries}), in JDK types only.
     *
     * @param beans the beans' class names
     * @param config the MicroProfile Config properties
     */
    record Recipe(List<String> beans, Map<String, String> config) {
    }

    /**
     * @return this deployment's beans and configuration
     * @throws IllegalStateException when it has more (environment variables, JAX-RS classes, server settings), which
     *         would be lost
     */
    Recipe recipe() {
        if (!environment.isEmpty() || !jaxrs.isEmpty() || !plainHandlers.isEmpty() || packagedResources != null
                || workerThreads > 0) {
            throw new IllegalStateException("only beans and configuration are made again in another class loader");
        }
        return new Recipe(beans.stream().map(Class::getName).toList(), new LinkedHashMap<>(properties));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            stop();
        }
    }

    /**
     * Starts the deployment. Exposed so that a test can assert that a deployment fails.
     *
     * @throws RuntimeException whatever the CDI container threw while starting
     */
    public void start() {
        registerConfig();
        try {
            container = new Weld("dockerflow-" + System.nanoTime())
                    .disableDiscovery()
                    .setBeanDiscoveryMode(BeanDiscoveryMode.ANNOTATED)
                    .addPackages(true, DockerflowFeature.class)
                    .addBeanClasses(beans.toArray(Class<?>[]::new))
                    .addExtension(new ConfigExtension())
                    .initialize();
        } catch (RuntimeException e) {
            releaseConfig();
            throw e;
        }
        ResourceConfig application = new ResourceConfig().register(DockerflowFeature.class);
        jaxrs.forEach(application::register);
        server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), application, false);
        if (packagedResources != null) {
            server.getListeners().forEach(listener -> listener.getTransport().getWorkerThreadPoolConfig()
                    .setInitialClassLoader(classLoaderWith(packagedResources)));
        }
        plainHandlers.forEach((path, body) -> server.getServerConfiguration().addHttpHandler(
                new org.glassfish.grizzly.http.server.HttpHandler() {
                    @Override
                    public void service(org.glassfish.grizzly.http.server.Request request,
                            org.glassfish.grizzly.http.server.Response response) throws Exception {
                        response.setContentType("text/plain");
                        response.getWriter().write(body.get());
                    }
                }, path));
        if (workerThreads > 0) {
            server.getListeners().forEach(listener -> listener.getTransport().getWorkerThreadPoolConfig()
                    .setCorePoolSize(workerThreads).setMaxPoolSize(workerThreads));
        }
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        NetworkListener listener = server.getListeners().iterator().next();
        base = URI.create("http://127.0.0.1:" + listener.getPort());
    }

    private void registerConfig() {
        Config config = new SmallRyeConfigBuilder()
                .addDefaultSources()
                .withSources(new PropertiesConfigSource(properties, "scenario", 500))
                .withSources(new EnvConfigSource(environment, 600))
                .build();
        ConfigProviderResolver.instance().registerConfig(config, Thread.currentThread().getContextClassLoader());
    }

    private void releaseConfig() {
        ConfigProviderResolver resolver = ConfigProviderResolver.instance();
        resolver.releaseConfig(resolver.getConfig(Thread.currentThread().getContextClassLoader()));
    }

    private static ClassLoader classLoaderWith(Path folder) {
        try {
            return new URLClassLoader(new URL[] {folder.toUri().toURL()}, DockerflowApp.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Stops the server and the container. */
    public void stop() {
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
        if (container != null) {
            container.shutdown();
            container = null;
            releaseConfig();
        }
    }

    /** @return the port the server listens on, on 127.0.0.1 */
    public int port() {
        return base.getPort();
    }

    /** @return the CDI container of the running deployment */
    public WeldContainer container() {
        return container;
    }

    /** Sends GET. */
    public HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, headers);
    }

    /**
     * Sends a request with no body.
     *
     * @param method the HTTP method
     * @param path the path, starting with {@code /}
     * @param headers name, value, name, value...
     * @return the response
     */
    public HttpResponse<String> send(String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Parses a JSON object body.
     *
     * @param response a response
     * @return its body as a JSON object
     */
    public static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /**
     * Parses JSON text, to compare a whole expected document with a body.
     *
     * @param text JSON text; single quotes stand for double quotes to keep expectations readable
     * @return the object
     */
    public static JsonObject expected(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text.replace('\'', '"')))) {
            return reader.readObject();
        }
    }
}
