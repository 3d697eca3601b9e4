package dev.dockerflow.jakarta.tck;

import static dev.dockerflow.jakarta.tck.Http.expected;
import static dev.dockerflow.jakarta.tck.Http.get;
import static dev.dockerflow.jakarta.tck.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;

import dev.dockerflow.jakarta.tck.deployment.LivenessUpCheck;
import dev.dockerflow.jakarta.tck.deployment.ReadinessDownCheck;
import dev.dockerflow.jakarta.tck.deployment.StartupUpCheck;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Configuration names MicroProfile Health checks by their response names: {@code dockerflow.skipped-checks}
 * leaves one out, and {@code dockerflow.checks}, which turns built-in checks on, accepts one and changes
 * nothing. The application deploys, on a runtime that cannot build a health response while deploying
 * too, and the heartbeat runs every health check but the skipped one.
 */
@ExtendWith(ArquillianExtension.class)
class HealthCheckNamedTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(HealthCheckNamedTest.class)
                .with(LivenessUpCheck.class, ReadinessDownCheck.class, StartupUpCheck.class)
                .config("dockerflow.checks", "memory")
                .config("dockerflow.skipped-checks", "warmup")
                .config("dockerflow.heartbeat.details", "always").build();
    }

    @ArquillianResource
    URL base;

    @Test
    void runsEveryHealthCheckButTheSkippedOne() {
        HttpResponse<String> response = get(base, "__heartbeat__");

        assertEquals(500, response.statusCode(), response.body());
        assertEquals(expected("""
                {'status': 'error', 'checks': {'memory': 'ok', 'backend': 'error'},
                 'details': {'backend': {'status': 'error', 'level': 40,
                             'messages': {'dockerflow.mphealth.E001': 'DOWN {\\u0022connections\\u0022:0}'}}}}
                """), json(response));
    }
}
