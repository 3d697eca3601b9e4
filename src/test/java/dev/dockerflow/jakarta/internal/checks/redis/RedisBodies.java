package dev.dockerflow.jakarta.internal.checks.redis;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/** The heartbeat bodies of a deployment whose only check is redis, as the scenarios expect them. */
final class RedisBodies {

    private RedisBodies() {
    }

    /** @return the body of a heartbeat whose only check, redis, is ok */
    static JsonObject ok() {
        return DockerflowApp.expected("{'status': 'ok', 'checks': {'redis': 'ok'}, 'details': {}}");
    }

    /**
     * Built rather than parsed from text: the texts hold quotes.
     *
     * @param id the message id
     * @param text the message text
     * @return the body of a heartbeat whose only check, redis, reports this one error
     */
    static JsonObject error(String id, String text) {
        return Json.createObjectBuilder()
                .add("status", "error")
                .add("checks", Json.createObjectBuilder().add("redis", "error"))
                .add("details", Json.createObjectBuilder().add("redis", Json.createObjectBuilder()
                        .add("status", "error")
                        .add("level", 40)
                        .add("messages", Json.createObjectBuilder().add(id, text))))
                .build();
    }
}
