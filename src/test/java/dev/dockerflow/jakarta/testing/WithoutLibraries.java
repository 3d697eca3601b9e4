package dev.dockerflow.jakarta.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

/**
 * An application without some libraries (Flyway, Liquibase, Jedis, Lettuce, a JSON-B provider), for real, while the test's own
 * class path has them all: a class loader over the test class path minus the jars holding the hidden packages, which
 * besides refuses to load any class of them, and whose parent is the platform class loader, so that nothing comes from
 * the test's class loader. A deployment made through it is a whole {@link DockerflowApp} (Weld, Jersey, Grizzly, the
 * library, the scenario's beans) loaded anew in that class loader, so the CDI container inspects the library's beans,
 * and the checks run, exactly as in such an application: a bean that named a hidden type in a field, signature or
 * annotation would fail the deployment, and code that used one before checking for it would fail with
 * {@code NoClassDefFoundError}.
 */
public final class WithoutLibraries implements AutoCloseable {

    private final List<String> hidden;
    private final Loader loader;

    private WithoutLibraries(List<String> hidden) {
        this.hidden = hidden;
        // Surefire puts the test class path here, also when it starts the JVM through a manifest-only jar.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!holdsHidden(entry)) {
                urls.add(url(entry));
            }
        }
        loader = new Loader(urls.toArray(URL[]::new), this);
    }

    /**
     * @param packages package name prefixes, such as {@code redis.clients.} or {@code org.flywaydb.}
     * @return an application class loader that has none of them
     */
    public static WithoutLibraries hiding(String... packages) {
        return new WithoutLibraries(List.of(packages));
    }

    /**
     * @param className a class name
     * @return whether the application can load the class
     */
    public boolean sees(String className) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * Makes the deployment again in the class loader (its beans loaded anew by name, its configuration), with that class
     * loader as the context class loader, as an application server does for a deployment; starts it, asks for
     * {@code /__heartbeat__} once, and stops it.
     *
     * @param app the deployment, as the test would make it; it is not started itself
     * @return the response
     */
    public HttpResponse<String> heartbeat(DockerflowApp app) throws ReflectiveOperationException {
        return get(app, "/__heartbeat__");
    }

    /**
     * As {@link #heartbeat(DockerflowApp)}, for any path.
     *
     * @param app the deployment, as the test would make it; it is not started itself
     * @param path the path to ask for once
     * @return the response
     */
    public HttpResponse<String> get(DockerflowApp app, String path) throws ReflectiveOperationException {
        DockerflowApp.Recipe recipe = app.recipe();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            Object response = loader.loadClass(WithoutLibraries.class.getName())
                    .getMethod("getOnce", List.class, Map.class, String.class)
                    .invoke(null, recipe.beans(), recipe.config(), path);
            @SuppressWarnings("unchecked")
            HttpResponse<String> answer = (HttpResponse<String>) response;
            return answer;
        } catch (InvocationTargetException e) {
            throw new AssertionError("the deployment failed: " + e.getCause(), e.getCause());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * The other side of {@link #get(DockerflowApp, String)}, run by this class as the hiding class loader loaded it:
     * it speaks with the test through JDK types only, since its own classes are not the test's.
     *
     * @param beans the beans' class names
     * @param config the configuration
     * @param path the path to ask for
     * @return the response to one request of that deployment
     */
    public static HttpResponse<String> getOnce(List<String> beans, Map<String, String> config, String path)
            throws ClassNotFoundException {
        Class<?>[] classes = new Class<?>[beans.size()];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = Class.forName(beans.get(i), false, WithoutLibraries.class.getClassLoader());
        }
        DockerflowApp app = DockerflowApp.with(classes);
        config.forEach(app::config);
        app.start();
        try {
            return app.get(path);
        } finally {
            app.stop();
        }
    }

    private boolean isHidden(String name) {
        return hidden.stream().anyMatch(name::startsWith);
    }

    private boolean holdsHidden(String entry) {
        if (!entry.endsWith(".jar")) {
            return false;
        }
        try (JarFile jar = new JarFile(entry)) {
            return jar.stream().anyMatch(file -> isHidden(file.getName().replace('/', '.')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL url(String entry) {
        try {
            return new File(entry).toURI().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(entry, e);
        }
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }

    /** Refuses the hidden packages even should another class path entry hold them. */
    private static final class Loader extends URLClassLoader {

        static {
            registerAsParallelCapable();
        }

        private final WithoutLibraries owner;

        Loader(URL[] urls, WithoutLibraries owner) {
            super("without-" + String.join("-", owner.hidden), urls, ClassLoader.getPlatformClassLoader());
            this.owner = owner;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (owner.isHidden(name)) {
                throw new ClassNotFoundException(name + " is hidden from this application");
            }
            return super.loadClass(name, resolve);
        }
    }
}
