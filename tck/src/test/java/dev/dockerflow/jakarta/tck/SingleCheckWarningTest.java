package dev.dockerflow.jakarta.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.dockerflow.jakarta.tck.deployment.DiskWarningCheck;

/** One check that warns: under the default fail level, the heartbeat fails with the check's details. */
class SingleCheckWarningTest {

    private static Deployment deployment;

    @BeforeAll
    static void deploy() {
        deployment = Deployment.of(DiskWarningCheck.class);
    }

    @AfterAll
    static void undeploy() {
        if (deployment != null) {
            deployment.close();
        }
    }

    @Test
    void heartbeatFailsWithTheWarning() throws Exception {
        HttpResponse<String> response = deployment.get("__heartbeat__");

        assertEquals(500, response.statusCode(), response.body());
        assertEquals(Deployment.json("""
                {
                  "status": "warning",
                  "checks": {"disk": "warning"},
                  "details": {
                    "disk": {"status": "warning", "level": 30, "messages": {"tck.W001": "low disk"}}
                  }
                }
                """), Deployment.json(response.body()));
    }

    @Test
    void lbheartbeatStillAnswers200() throws Exception {
        HttpResponse<String> response = deployment.get("__lbheartbeat__");

        assertEquals(200, response.statusCode(), response.body());
    }
}
