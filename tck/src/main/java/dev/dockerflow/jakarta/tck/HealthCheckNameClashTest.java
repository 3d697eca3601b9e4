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

import dev.dockerflow.jakarta.tck.deployment.SharedNameDownCheck;
import dev.dockerflow.jakarta.tck.deployment.SharedNameUpCheck;

/**
 * Two MicroProfile Health checks answer one name, which the library learns only at the heartbeat: both
 * are listed, the first in the order of their sources under the name and the other as {@code shared#2},
 * each with dockerflow.heartbeat.E004 naming both classes; nothing is merged, and the status is the
 * highest level listed.
 */
@ExtendWith(ArquillianExtension.class)
class HealthCheckNameClashTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(HealthCheckNameClashTest.class).with(SharedNameDownCheck.class, SharedNameUpCheck.class)
                .config("dockerflow.heartbeat.details", "always").build();
    }

    @ArquillianResource
    URL base;

    @Test
    void bothAreListedWithTheClash() {
        String clash = "checks share the name shared: MicroProfile Health check " + SharedNameDownCheck.class.getName()
                + " (liveness) (shown as shared), MicroProfile Health check " + SharedNameUpCheck.class.getName()
                + " (readiness) (shown as shared#2); give each check its own name";
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> response = get(base, "__heartbeat__");

            assertEquals(500, response.statusCode(), response.body());
            assertEquals(expected("""
                    {'status': 'error', 'checks': {'shared': 'error', 'shared#2': 'error'},
                     'details': {'shared': {'status': 'error', 'level': 40,
                                            'messages': {'dockerflow.heartbeat.E004': 'CLASH',
                                                         'dockerflow.mphealth.E001': 'DOWN {\\u0022connections\\u0022:0}'}},
                                 'shared#2': {'status': 'error', 'level': 40,
                                              'messages': {'dockerflow.heartbeat.E004': 'CLASH'}}}}
                    """.replace("CLASH", clash)), json(response), "heartbeat " + (i + 1));
        }
    }
}
