package dev.dockerflow.jakarta.tck.helidon;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/** Registers the Helidon container with Arquillian. */
public class HelidonExtension implements LoadableExtension {
    @Override
    public void register(ExtensionBuilder builder) {
        builder.service(DeployableContainer.class, HelidonContainer.class);
    }
}
