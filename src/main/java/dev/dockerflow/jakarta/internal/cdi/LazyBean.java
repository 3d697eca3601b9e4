package dev.dockerflow.jakarta.internal.cdi;

import dev.dockerflow.jakarta.DockerflowFeature;
import jakarta.enterprise.inject.spi.CDI;

/**
 * A library bean looked up through {@link CDI#current()} on first use. The Jakarta REST providers
 * that {@link DockerflowFeature} registers use it instead of injection, because runtimes differ in
 * whether they inject providers registered by a {@code Feature}, and because CDI may not be ready yet
 * when the feature is configured. Not API.
 *
 * @param <T> the bean type
 */
public final class LazyBean<T> {

    private final Class<T> type;
    private volatile T bean;

    /** @param type the bean type, with the default qualifier */
    public LazyBean(Class<T> type) {
        this.type = type;
    }

    /** @return the bean (a client proxy for a normal-scoped bean) */
    public T get() {
        T current = bean;
        if (current == null) {
            current = CDI.current().select(type).get();
            bean = current;
        }
        return current;
    }
}
