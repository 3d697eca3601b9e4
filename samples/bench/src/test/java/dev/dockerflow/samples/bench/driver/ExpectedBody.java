package dev.dockerflow.samples.bench.driver;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * What a timed heartbeat must have answered for its time to count: 200, and every expected check run
 * and passed. Without this, a heartbeat that timed its checks out, or ran other checks than meant,
 * would still give a figure, and a wrong one.
 */
@FunctionalInterface
interface ExpectedBody {

    /**
     * @param status the response's status
     * @param body   its body
     * @throws BenchFailure when it is not what the case expects
     */
    void verify(int status, String body);

    /**
     * @param checks the checks the heartbeat must have run
     * @return the library's heartbeat, status {@code ok} and exactly these checks, each {@code ok}
     */
    static ExpectedBody heartbeatOk(List<String> checks) {
        return (status, body) -> {
            JsonObject heartbeat = object(status, body);
            JsonObject results = heartbeat.getJsonObject("checks");
            Set<String> passed = new TreeSet<>();
            results.forEach((name, level) -> {
                if (level instanceof JsonString text && text.getString().equals("ok")) {
                    passed.add(name);
                }
            });
            if (!"ok".equals(heartbeat.getString("status", null)) || !passed.equals(new TreeSet<>(checks))
                    || results.size() != checks.size()) {
                throw new BenchFailure("the heartbeat did not pass exactly " + checks + ": " + body);
            }
        };
    }

    /**
     * @param checks the checks the endpoint must have run
     * @return MicroProfile Health's answer, {@code UP} and exactly these checks, each {@code UP}
     */
    static ExpectedBody healthUp(List<String> checks) {
        return (status, body) -> {
            JsonObject health = object(status, body);
            Set<String> up = new TreeSet<>();
            for (JsonValue check : health.getJsonArray("checks")) {
                JsonObject result = check.asJsonObject();
                if ("UP".equals(result.getString("status", null))) {
                    up.add(result.getString("name"));
                }
            }
            if (!"UP".equals(health.getString("status", null)) || !up.equals(new TreeSet<>(checks))
                    || health.getJsonArray("checks").size() != checks.size()) {
                throw new BenchFailure("health did not report exactly " + checks + " UP: " + body);
            }
        };
    }

    private static JsonObject object(int status, String body) {
        if (status != 200) {
            throw new BenchFailure("status " + status + ": " + body);
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw new BenchFailure("not the expected JSON object: " + body, e);
        }
    }
}
