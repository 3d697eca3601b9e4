package dev.dockerflow.jakarta.checks.redis;

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
import java.util.jar.JarFile;

import dev.dockerflow.jakarta.testing.DockerflowApp;

/**
 * An application without some libraries, for real: the library and the test harness loaded anew by a class loader over
 * this test run's class path minus the jars holding those packages, which besides refuses to load any class of them.
 * Its parent is the platform class loader, so nothing comes from the test's own class loader, where the libraries are.
 * A deployment made through it is a whole {@link DockerflowApp} (Weld, Jersey, Grizzly) living in that class loader.
 */
final class WithoutLibraries implements AutoCloseable {

    private final List<String> hidden;
    private final URLClassLoader loader;

    private WithoutLibraries(List<String> hidden) {
        this.hidden = hidden;
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!holdsHidden(entry)) {
                urls.add(url(entry));
            }
        }
        loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (isHidden(name)) {
                    throw new ClassNotFoundException(name + " is hidden from this application");
                }
                return super.loadClass(name, resolve);
            }
        };
    }

    /**
     * @param packages package name prefixes, such as {@code redis.clients.}
     * @return a class loader that has none of them
     */
    static WithoutLibraries hiding(String... packages) {
        return new WithoutLibraries(List.of(packages));
    }

    /**
     * @param className a class name
     * @return whether the application can load the class
     */
    boolean sees(String className) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * Deploys the library alone in the class loader, asks for {@code /__heartbeat__} once, and stops the deployment.
     *
     * @param config configuration keys and values, alternating
     * @return the response
     */
    HttpResponse<String> heartbeat(String... config) throws ReflectiveOperationException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            Class<?> type = loader.loadClass(DockerflowApp.class.getName());
            Object app = type.getMethod("with", Class[].class).invoke(null, (Object) new Class<?>[0]);
            for (int i = 0; i < config.length; i += 2) {
                type.getMethod("config", String.class, String.class).invoke(app, config[i], config[i + 1]);
            }
            type.getMethod("start").invoke(app);
            try {
                Object response = type.getMethod("get", String.class, String[].class).invoke(app, "/__heartbeat__", new String[0]);
                @SuppressWarnings("unchecked")
                HttpResponse<String> heartbeat = (HttpResponse<String>) response;
                return heartbeat;
            } finally {
                type.getMethod("stop").invoke(app);
            }
        } catch (InvocationTargetException e) {
            throw new AssertionError("the deployment failed: " + e.getCause(), e.getCause());
        } finally {
            thread.setContextClassLoader(previous);
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
}
