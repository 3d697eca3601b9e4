package dev.dockerflow.jakarta.internal.heartbeat;

import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Inject;

/** The application's {@link DockerflowCheck} beans, named as their beans are. */
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
