package dev.dockerflow.jakarta.tck.helidon;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ExplodedExporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * One WAR running on Helidon MP in a JVM of its own: its {@code WEB-INF/classes} and
 * {@code WEB-INF/lib} on the class path before the server's beans ({@link HelidonDefaultDataSource}) and
 * Helidon's own jars, its log in a file beside it.
 */
final class HelidonServer {

    private static final String MAIN = "io.helidon.microprofile.cdi.Main";
    private static final int LOG_LINES_SHOWN = 80;
    private static final String SERVER_BEANS = "server-beans";

    private final Process process;
    private final Path log;

    private HelidonServer(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Explodes the WAR, starts Helidon on it, and waits until it accepts connections.
     *
     * @param war the archive
     * @param configuration where and how to run it
     * @return the running server
     * @throws DeploymentException when it could not start in time, with the end of its log
     */
    static HelidonServer start(WebArchive war, HelidonConfiguration configuration) throws DeploymentException {
        if (accepts(configuration)) {
            throw new DeploymentException("port " + configuration.getPort() + " is already taken: cannot deploy "
                    + war.getName());
        }
        String name = war.getName().replaceFirst("\\.war$", "");
        Path work = Path.of(configuration.getWorkDir());
        Path webapp = work.resolve(name);
        Path log = work.resolve(name + ".log");
        Process process;
        try {
            delete(webapp);
            Files.createDirectories(work);
            war.as(ExplodedExporter.class).exportExploded(work.toFile(), name);
            beanArchiveOfClasses(webapp);
            serverBeans(work);
            process = new ProcessBuilder(command(webapp, configuration))
                    .directory(webapp.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException | UncheckedIOException e) {
            throw new DeploymentException("could not start Helidon for " + war.getName(), e);
        }
        HelidonServer server = new HelidonServer(process, log);
        server.awaitStarted(configuration, war.getName());
        return server;
    }

    /** Stops the server as an orchestrator would (SIGTERM, Helidon's graceful shutdown) and waits for it to exit. */
    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitStarted(HelidonConfiguration configuration, String war) throws DeploymentException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(configuration.getStartupTimeoutSeconds());
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new DeploymentException("Helidon exited with " + process.exitValue() + " while deploying "
                        + war + "; the end of " + log + ":\n" + tail());
            }
            if (accepts(configuration)) {
                return;
            }
            try {
                // Polling: Helidon opens its port once the application has started, and says so nowhere else.
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        stop();
        throw new DeploymentException("Helidon did not answer on port " + configuration.getPort() + " within "
                + configuration.getStartupTimeoutSeconds() + " s while deploying " + war + "; the end of " + log
                + ":\n" + tail());
    }

    private static List<String> command(Path webapp, HelidonConfiguration configuration) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(configuration.java().toString());
        command.addAll(configuration.jvmArgumentList());
        command.add("-Dserver.host=" + configuration.getHost());
        command.add("-Dserver.port=" + configuration.getPort());
        configuration.serverPropertyValues().forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-cp");
        command.add(classPath(webapp, configuration));
        command.add(MAIN);
        return command;
    }

    /** The WAR's classes, its libraries (which ShrinkWrap explodes into folders named like the jars), then Helidon. */
    private static String classPath(Path webapp, HelidonConfiguration configuration) throws IOException {
        List<String> entries = new ArrayList<>();
        entries.add(webapp.resolve("WEB-INF/classes").toString());
        Path lib = webapp.resolve("WEB-INF/lib");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> libraries = Files.list(lib)) {
                libraries.sorted().forEach(library -> entries.add(library.toString()));
            }
        }
        entries.add(Path.of(configuration.getWorkDir(), SERVER_BEANS).toString());
        entries.add(Files.readString(Path.of(configuration.getClasspathFile()), StandardCharsets.UTF_8).strip());
        return String.join(File.pathSeparator, entries);
    }

    /**
     * A WAR's {@code WEB-INF/beans.xml} makes {@code WEB-INF/classes} a bean archive; on a class path, only
     * a {@code META-INF/beans.xml} does.
     */
    private static void beanArchiveOfClasses(Path webapp) throws IOException {
        Path beans = webapp.resolve("WEB-INF/beans.xml");
        Path target = webapp.resolve("WEB-INF/classes/META-INF/beans.xml");
        if (Files.exists(beans) && !Files.exists(target)) {
            Files.createDirectories(target.getParent());
            Files.copy(beans, target);
        }
    }

    /** The beans the server provides beside the WAR, in a bean archive of their own. */
    private static void serverBeans(Path work) throws IOException {
        delete(work.resolve(SERVER_BEANS));
        ShrinkWrap.create(JavaArchive.class).addClass(HelidonDefaultDataSource.class)
                .addAsManifestResource(new StringAsset("<beans bean-discovery-mode=\"annotated\"/>"), "beans.xml")
                .as(ExplodedExporter.class).exportExploded(work.toFile(), SERVER_BEANS);
    }

    private static boolean accepts(HelidonConfiguration configuration) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(configuration.getHost(), configuration.getPort()), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_SHOWN), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
