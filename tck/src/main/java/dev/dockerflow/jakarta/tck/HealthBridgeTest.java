package dev.dockerflow.jakarta.tck;

import static dev.dockerflow.jakarta.tck.Http.expected;
import static dev.dockerflow.jakarta.tck.Http.get;
import static dev.dockerflow.jakarta.tck.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import dev.dockerflow.jakarta.tck.deployment.LivenessUpCheck;
import dev.dockerflow.jakarta.tck.deployment.ReadinessDownCheck;
import dev.dockerflow.jakarta.tck.deployment.StartupUpCheck;
import jakarta.json.JsonObject;

/**
 * MicroProfile Health checks of each kind become heartbeat checks named after their responses; DOWN
 * is an error with the response's data. The runtime's own health endpoint still reports them as before.
 */
@ExtendWith(ArquillianExtension.class)
class HealthBridgeTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(HealthBridgeTest.class)
                .with(LivenessUpCheck.class, ReadinessDownCheck.class, StartupUpCheck.class)
                .config("dockerflow.heartbeat.details", "always").build();
    }

    @ArquillianResource
    URL base;

    @Test
    void bridgesEachKind() {
        HttpResponse<String> response = get(base, "__heartbeat__");

        assertEquals(500, response.statusCode(), response.body());
        assertEquals(expected("""
                {'status': 'error', 'checks': {'memory': 'ok', 'backend': 'error', 'warmup': 'ok'},
                 'details': {'backend': {'status': 'error', 'level': 40,
                             'messages': {'dockerflow.mphealth.E001': 'DOWN {\\u0022connections\\u0022:0}'}}}}
                """), json(response));
    }

    @Test
    void theRuntimesHealthEndpointIsUnchanged() {
        HttpResponse<String> response = Http.get(Http.runtimeHealth(base));

        assertEquals(503, response.statusCode(), response.body());
        JsonObject health = json(response).asJsonObject();
        assertEquals("DOWN", health.getString("status"));
        List<String> names = health.getJsonArray("checks").stream()
                .map(check -> check.asJsonObject().getString("name")).toList();
        assertTrue(names.containsAll(Set.of("memory", "backend", "warmup")), names.toString());
    }
}
