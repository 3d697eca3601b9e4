package dev.dockerflow.samples.wildfly;

import java.util.HashMap;
import java.util.Map;

/**
 * WildFly listens on a management port besides {@code $PORT} (9990 unless {@code MANAGEMENT_PORT} says
 * otherwise): the smoke tests put it next to theirs, so that every port a test opens follows
 * {@code smoke.port}.
 */
final class WildFlyPorts {

    private WildFlyPorts() {
    }

    static Map<String, String> withManagementPort(Map<String, String> environment, int port) {
        Map<String, String> with = new HashMap<>(environment);
        with.put("MANAGEMENT_PORT", Integer.toString(port + 1));
        return with;
    }
}
