package dev.dockerflow.jakarta.internal.health;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.dockerflow.jakarta.internal.config.DockerflowConfig;
import dev.dockerflow.jakarta.internal.config.HealthKind;
import dev.dockerflow.jakarta.internal.heartbeat.CheckSource;
import dev.dockerflow.jakarta.internal.heartbeat.RegisteredCheck;
import dev.dockerflow.jakarta.internal.json.JsonCodec;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * Brings the application's MicroProfile Health checks of the kinds in {@code dockerflow.health.include}
 * into the heartbeat. It calls the {@code HealthCheck} beans directly, through CDI alone, so it needs no
 * MicroProfile Health implementation and leaves the runtime's own {@code /health} endpoints as they are.
 */
@ApplicationScoped
public class HealthCheckBridge implements CheckSource {

    @Inject
    DockerflowConfig config;

    @Inject
    JsonCodec json;

    @Inject
    @Any
    Instance<HealthCheck> healthChecks;

    private List<RegisteredCheck> checks;

    @PostConstruct
    void resolve() {
        // A bean may carry several kinds (@Liveness @Readiness): it is one check, run once per heartbeat.
        Map<Bean<?>, Instance.Handle<HealthCheck>> byBean = new LinkedHashMap<>();
        Map<Bean<?>, List<String>> kinds = new LinkedHashMap<>();
        for (HealthKind kind : config.healthKinds()) {
            for (Instance.Handle<HealthCheck> handle : healthChecks.select(qualifier(kind)).handles()) {
                byBean.putIfAbsent(handle.getBean(), handle);
                kinds.computeIfAbsent(handle.getBean(), bean -> new ArrayList<>())
                        .add(kind.name().toLowerCase(Locale.ROOT));
            }
        }
        List<RegisteredCheck> found = new ArrayList<>();
        byBean.forEach((bean, handle) -> found.add(new BridgedHealthCheck(handle.get(),
                bean.getBeanClass().getSimpleName(), "MicroProfile Health check " + bean.getBeanClass().getName()
                + " (" + String.join(", ", kinds.get(bean)) + ")", json)));
        checks = List.copyOf(found);
    }

    private static Annotation qualifier(HealthKind kind) {
        return switch (kind) {
            case LIVENESS -> Liveness.Literal.INSTANCE;
            case READINESS -> Readiness.Literal.INSTANCE;
            case STARTUP -> Startup.Literal.INSTANCE;
        };
    }

    @Override
    public List<RegisteredCheck> checks() {
        return checks;
    }
}
