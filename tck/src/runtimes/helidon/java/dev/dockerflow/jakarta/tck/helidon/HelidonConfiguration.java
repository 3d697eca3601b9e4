package dev.dockerflow.jakarta.tck.helidon;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.jboss.arquillian.container.spi.ConfigurationException;
import org.jboss.arquillian.container.spi.client.container.ContainerConfiguration;

/** The Helidon container's settings in {@code arquillian.xml}. */
public class HelidonConfiguration implements ContainerConfiguration {

    private String javaHome = System.getProperty("java.home");
    private String classpathFile;
    private String workDir;
    private String host = "127.0.0.1";
    private int port = 8080;
    private int startupTimeoutSeconds = 90;
    private String jvmArguments = "";
    private String serverProperties = "";

    /** @return the JDK (21 or later) that runs Helidon; the kit's own JDK by default */
    public String getJavaHome() {
        return javaHome;
    }

    /** @param javaHome the JDK that runs Helidon */
    public void setJavaHome(String javaHome) {
        this.javaHome = javaHome;
    }

    /** @return a file holding Helidon's class path, as the build resolved it */
    public String getClasspathFile() {
        return classpathFile;
    }

    /** @param classpathFile a file holding Helidon's class path */
    public void setClasspathFile(String classpathFile) {
        this.classpathFile = classpathFile;
    }

    /** @return the folder the deployments are exploded into, with each server's log beside them */
    public String getWorkDir() {
        return workDir;
    }

    /** @param workDir the folder the deployments are exploded into */
    public void setWorkDir(String workDir) {
        this.workDir = workDir;
    }

    /** @return the address the server listens on */
    public String getHost() {
        return host;
    }

    /** @param host the address the server listens on */
    public void setHost(String host) {
        this.host = host;
    }

    /** @return the port the server listens on; one deployment runs at a time */
    public int getPort() {
        return port;
    }

    /** @param port the port the server listens on */
    public void setPort(int port) {
        this.port = port;
    }

    /** @return how long a server may take to answer once started */
    public int getStartupTimeoutSeconds() {
        return startupTimeoutSeconds;
    }

    /** @param startupTimeoutSeconds how long a server may take to answer once started */
    public void setStartupTimeoutSeconds(int startupTimeoutSeconds) {
        this.startupTimeoutSeconds = startupTimeoutSeconds;
    }

    /** @return the server JVM's own options, separated by white space */
    public String getJvmArguments() {
        return jvmArguments;
    }

    /** @param jvmArguments the server JVM's own options, separated by white space */
    public void setJvmArguments(String jvmArguments) {
        this.jvmArguments = jvmArguments;
    }

    /** @return the runtime's own configuration, {@code key=value} lines, given to the server as system properties */
    public String getServerProperties() {
        return serverProperties;
    }

    /** @param serverProperties the runtime's own configuration, {@code key=value} lines */
    public void setServerProperties(String serverProperties) {
        this.serverProperties = serverProperties;
    }

    List<String> jvmArgumentList() {
        return Arrays.stream(jvmArguments.trim().split("\\s+")).filter(argument -> !argument.isEmpty()).toList();
    }

    Properties serverPropertyValues() {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(serverProperties));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    Path java() {
        return Path.of(javaHome, "bin", "java");
    }

    @Override
    public void validate() throws ConfigurationException {
        if (!Files.isExecutable(java())) {
            throw new ConfigurationException("javaHome has no bin/java: " + javaHome);
        }
        if (classpathFile == null || !Files.isRegularFile(Path.of(classpathFile))) {
            throw new ConfigurationException("classpathFile must name Helidon's class path file: " + classpathFile);
        }
        if (workDir == null || workDir.isBlank()) {
            throw new ConfigurationException("workDir must be set");
        }
        if (port <= 0 || port > 65535) {
            throw new ConfigurationException("port must be a TCP port: " + port);
        }
    }
}
