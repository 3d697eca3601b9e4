package dev.dockerflow.jakarta.tck.embedded;

import org.jboss.arquillian.container.spi.ConfigurationException;
import org.jboss.arquillian.container.spi.client.container.ContainerConfiguration;

/** The embedded container's settings in {@code arquillian.xml}. */
public class EmbeddedConfiguration implements ContainerConfiguration {

    private String bindAddress = "127.0.0.1";

    /** @return the address each deployment listens on, at a free port */
    public String getBindAddress() {
        return bindAddress;
    }

    /** @param bindAddress the address each deployment listens on */
    public void setBindAddress(String bindAddress) {
        this.bindAddress = bindAddress;
    }

    @Override
    public void validate() throws ConfigurationException {
        if (bindAddress == null || bindAddress.isBlank()) {
            throw new ConfigurationException("bindAddress must be set");
        }
    }
}
