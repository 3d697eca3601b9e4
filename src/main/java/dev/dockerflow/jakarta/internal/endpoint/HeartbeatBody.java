package dev.dockerflow.jakarta.internal.endpoint;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.CheckResult;
import dev.dockerflow.jakarta.heartbeat.HeartbeatResult;

/** The heartbeat's JSON body, in python-dockerflow's shape. */
final class HeartbeatBody {

    private HeartbeatBody() {
    }

    /**
     * {@code {"status": ..., "checks": {name: status}, "details": {name: {"status", "level", "messages"}}}},
     * where details hold only the checks above ok; or only {@code status} when details are withheld. The texts
     * of several messages with one id in one check are joined with {@code "; "}.
     */
    static Map<String, Object> of(HeartbeatResult result, boolean withDetails) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", result.status());
        if (!withDetails) {
            return body;
        }
        Map<String, Object> checks = new LinkedHashMap<>();
        Map<String, Object> details = new LinkedHashMap<>();
        for (CheckResult check : result.checks()) {
            checks.put(check.name(), check.status());
            if (check.level() > 0) {
                Map<String, String> messages = new LinkedHashMap<>();
                for (CheckMessage message : check.messages()) {
                    // One id may stand for several findings (one W001 per pending migration): keep them all.
                    messages.merge(message.id(), message.displayText(), (first, next) -> first + "; " + next);
                }
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("status", check.status());
                detail.put("level", check.level());
                detail.put("messages", messages);
                details.put(check.name(), detail);
            }
        }
        body.put("checks", checks);
        body.put("details", details);
        return body;
    }
}
