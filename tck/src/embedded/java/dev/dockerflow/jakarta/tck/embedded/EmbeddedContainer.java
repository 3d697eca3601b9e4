package dev.dockerflow.jakarta.tck.embedded;

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

/** Deploys each WAR as an {@link EmbeddedDeployment} of its own, on a free port. */
public class EmbeddedContainer implements DeployableContainer<EmbeddedConfiguration> {

    private final Map<String, EmbeddedDeployment> deployed = new ConcurrentHashMap<>();
    private EmbeddedConfiguration configuration;

    @Override
    public Class<EmbeddedConfiguration> getConfigurationClass() {
        return EmbeddedConfiguration.class;
    }

    @Override
    public void setup(EmbeddedConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        // The scenarios are clients (testable = false): no protocol runs tests inside the deployment.
        return new ProtocolDescription("Local");
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (!(archive instanceof WebArchive war)) {
            throw new DeploymentException("the embedded container deploys WARs, not " + archive.getName());
        }
        String contextRoot = war.getName().replaceFirst("\\.war$", "");
        EmbeddedDeployment deployment;
        try {
            deployment = EmbeddedDeployment.start(war, contextRoot, configuration.getBindAddress());
        } catch (RuntimeException e) {
            throw new DeploymentException("could not deploy " + war.getName(), e);
        }
        deployed.put(war.getName(), deployment);
        HTTPContext context = new HTTPContext(configuration.getBindAddress(), deployment.port());
        context.add(new Servlet("default", "/" + contextRoot));
        return new ProtocolMetaData().addContext(context);
    }

    @Override
    public void undeploy(Archive<?> archive) {
        EmbeddedDeployment deployment = deployed.remove(archive.getName());
        if (deployment != null) {
            deployment.stop();
        }
    }
}
