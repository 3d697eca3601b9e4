package dev.dockerflow.jakarta.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.dockerflow.jakarta.tck.deployment.SmokeCheck;

/** One check that passes: the heartbeat is ok, and so is the load balancer's. */
class SingleCheckOkTest {

    private static Deployment deployment;

    @BeforeAll
    static void deploy() {
        deployment = Deployment.of(SmokeCheck.class);
    }

    @AfterAll
    static void undeploy() {
        if (deployment != null) {
            deployment.close();
        }
    }

    @Test
    void lbheartbeatAnswers200() throws Exception {
        HttpResponse<String> response = deployment.get("__lbheartbeat__");

        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void heartbeatReportsTheCheckOk() throws Exception {
        HttpResponse<String> response = deployment.get("__heartbeat__");

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                () -> "headers: " + response.headers().map());
        assertEquals(Deployment.json("""
                {"status": "ok", "checks": {"smoke": "ok"}, "details": {}}
                """), Deployment.json(response.body()));
    }
}
