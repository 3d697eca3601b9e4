package dev.dockerflow.jakarta.internal.health;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.internal.heartbeat.RegisteredCheck;
import dev.dockerflow.jakarta.internal.json.JsonCodec;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * A MicroProfile Health check run as a heartbeat check: UP is ok, DOWN is an error
 * ({@value MessageIds#HEALTH_DOWN}) whose text carries the response's data. It goes by the name of its
 * latest response; until the first answer, by its bean class's simple name.
 */
final class BridgedHealthCheck implements RegisteredCheck {

    private final HealthCheck check;
    private final String source;
    private final JsonCodec json;
    private volatile String name;
    private volatile boolean nameKnown;

    BridgedHealthCheck(HealthCheck check, String provisionalName, String source, JsonCodec json) {
        this.check = check;
        this.source = source;
        this.json = json;
        this.name = provisionalName;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean nameKnown() {
        return nameKnown;
    }

    @Override
    public List<CheckMessage> run() {
        HealthCheckResponse response = check.call();
        if (response == null) {
            return List.of(CheckMessage.error(MessageIds.HEALTH_DOWN, "DOWN: the health check returned no response"));
        }
        if (response.getName() != null && !response.getName().isBlank()) {
            name = response.getName();
            nameKnown = true;
        }
        if (response.getStatus() == HealthCheckResponse.Status.UP) {
            return List.of();
        }
        Optional<Map<String, Object>> data = response.getData();
        String text = data.filter(map -> !map.isEmpty()).map(map -> "DOWN " + json.toJson(map)).orElse("DOWN");
        return List.of(CheckMessage.error(MessageIds.HEALTH_DOWN, text));
    }
}
