package dev.dockerflow.jakarta.checks.migrations;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The test class path as an application without some libraries would have it: a class loader over
 * every entry of the test class path except the jars of the hidden libraries, whose parent is the
 * platform class loader (not the class loader that loaded the tests, which has them). Everything a
 * scenario needs (the library, Weld, Jersey, the drivers, the scenario itself) is loaded again by it,
 * and a hidden library's classes cannot be found at all: asking for one by name fails, and so does
 * linking code that uses one.
 */
final class HidingClassLoader extends URLClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final List<String> hiddenPackages;

    /**
     * @param hiddenJars the file name prefixes of the jars to leave out, such as {@code flyway-}
     * @param hiddenPackages the packages those jars hold, such as {@code org.flywaydb.}, refused even
     *        should another entry hold them
     */
    HidingClassLoader(List<String> hiddenJars, List<String> hiddenPackages) {
        super("hiding-" + String.join("-", hiddenJars), classPath(hiddenJars), ClassLoader.getPlatformClassLoader());
        this.hiddenPackages = List.copyOf(hiddenPackages);
    }

    private static URL[] classPath(List<String> hiddenJars) {
        // Surefire puts the test class path here, also when it starts the JVM through a manifest-only jar.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            String name = path.getFileName().toString();
            if (hiddenJars.stream().noneMatch(name::startsWith)) {
                try {
                    urls.add(path.toUri().toURL());
                } catch (MalformedURLException e) {
                    throw new IllegalArgumentException(entry, e);
                }
            }
        }
        return urls.toArray(URL[]::new);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (hiddenPackages.stream().anyMatch(name::startsWith)) {
            throw new ClassNotFoundException(name + " is hidden from this application");
        }
        return super.loadClass(name, resolve);
    }
}
