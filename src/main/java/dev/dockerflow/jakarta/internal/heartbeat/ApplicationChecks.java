package dev.dockerflow.jakarta.internal.heartbeat;

import dev.dockerflow.jakarta.heartbeat.CheckName;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.inject.Inject;

/**
 * The application's {@link DockerflowCheck} beans, each named by its {@link CheckName} qualifier, else by
 * its bean name. Both are read from the bean's metadata, so naming a check creates no instance of it.
 */
@ApplicationScoped
public class ApplicationChecks implements CheckSource {

    @Inject
    @Any
    Instance<DockerflowCheck> beans;

    private List<RegisteredCheck> checks;

    @PostConstruct
    void resolve() {
        List<RegisteredCheck> found = new ArrayList<>();
        for (Instance.Handle<DockerflowCheck> handle : beans.handles()) {
            found.add(new ApplicationCheck(nameOf(handle.getBean()), handle.getBean().getBeanClass().getName(),
                    handle.get()));
        }
        checks = List.copyOf(found);
    }

    static String nameOf(Bean<?> bean) {
        for (Annotation qualifier : bean.getQualifiers()) {
            if (qualifier instanceof CheckName checkName) {
                if (checkName.value().isBlank()) {
                    throw new DeploymentException("A Dockerflow check of " + bean.getBeanClass().getName()
                            + " has a blank @CheckName: give the check a name");
                }
                return checkName.value().trim();
            }
        }
        String name = bean.getName();
        if (name != null) {
            return name;
        }
        // The name CDI gives a bean with a bare @Named: the simple class name, first letter lower-cased.
        String simple = bean.getBeanClass().getSimpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    @Override
    public List<RegisteredCheck> checks() {
        return checks;
    }
}
