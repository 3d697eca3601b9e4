package dev.dockerflow.jakarta.tck;

import static dev.dockerflow.jakarta.tck.Http.expected;
import static dev.dockerflow.jakarta.tck.Http.get;
import static dev.dockerflow.jakarta.tck.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.dockerflow.jakarta.tck.deployment.Gate;
import dev.dockerflow.jakarta.tck.deployment.GatedCheck;
import dev.dockerflow.jakarta.tck.deployment.HungCheck;
import dev.dockerflow.jakarta.tck.deployment.OkCheck;

/**
 * A check that never answers: at {@code dockerflow.heartbeat.timeout} the heartbeat answers anyway,
 * the hung check an error (dockerflow.heartbeat.E001), the others unaffected; and again on the next
 * request, while the first run is still stuck. Each answer is timed: not before the timeout (the
 * heartbeat did wait for the check), and within a margin after it that holds on a loaded machine.
 */
@ExtendWith(ArquillianExtension.class)
class CheckTimeoutTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(CheckTimeoutTest.class).with(Gate.class, GatedCheck.class, HungCheck.class, OkCheck.class)
                .config("dockerflow.heartbeat.timeout", Long.toString(TIMEOUT_MILLIS))
                .config("dockerflow.heartbeat.details", "always").build();
    }

    static final long TIMEOUT_MILLIS = 1000;

    /** What a slow or busy runtime may add to the timeout: well below the client's own 30 s. */
    static final long MARGIN_MILLIS = 3000;

    @ArquillianResource
    URL base;

    @Test
    void answersAtTheTimeout() {
        // A first request warms the runtime's request path up, so that its cost does not hide an early answer.
        assertEquals(200, get(base, "__lbheartbeat__").statusCode());
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            HttpResponse<String> response = get(base, "__heartbeat__");
            long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

            assertTrue(tookMillis >= TIMEOUT_MILLIS && tookMillis <= TIMEOUT_MILLIS + MARGIN_MILLIS,
                    "heartbeat " + (i + 1) + " answered in " + tookMillis + " ms; expected " + TIMEOUT_MILLIS
                            + " to " + (TIMEOUT_MILLIS + MARGIN_MILLIS) + " ms");
            assertEquals(500, response.statusCode(), response.body());
            assertEquals(expected("""
                    {'status': 'error', 'checks': {'hung': 'error', 'ok_check': 'ok'},
                     'details': {'hung': {'status': 'error', 'level': 40,
                                          'messages': {'dockerflow.heartbeat.E001': 'timed out after 1000 ms'}}}}
                    """), json(response));
        }
    }
}
