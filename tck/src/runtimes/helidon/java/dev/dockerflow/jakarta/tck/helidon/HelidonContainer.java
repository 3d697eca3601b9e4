package dev.dockerflow.jakarta.tck.helidon;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Deploys each WAR as a {@link HelidonServer} of its own, served at the root, one at a time. */
public class HelidonContainer implements DeployableContainer<HelidonConfiguration> {

    private final Map<String, HelidonServer> deployed = new ConcurrentHashMap<>();
    private HelidonConfiguration configuration;

    @Override
    public Class<HelidonConfiguration> getConfigurationClass() {
        return HelidonConfiguration.class;
    }

    @Override
    public void setup(HelidonConfiguration configuration) {
        this.configuration = configuration;
        // A test JVM that ends abruptly must not leave a server behind.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deployed.values().forEach(HelidonServer::stop)));
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        // The scenarios are clients (testable = false): no protocol runs tests inside the deployment.
        return new ProtocolDescription("Local");
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (!(archive instanceof WebArchive war)) {
            throw new DeploymentException("the Helidon container deploys WARs, not " + archive.getName());
        }
        HelidonServer server = HelidonServer.start(war, configuration);
        deployed.put(war.getName(), server);
        // Helidon has no context roots: the application is served at the root.
        HTTPContext context = new HTTPContext(configuration.getHost(), configuration.getPort());
        context.add(new Servlet("default", ""));
        return new ProtocolMetaData().addContext(context);
    }

    @Override
    public void undeploy(Archive<?> archive) {
        HelidonServer server = deployed.remove(archive.getName());
        if (server != null) {
            server.stop();
        }
    }
}
