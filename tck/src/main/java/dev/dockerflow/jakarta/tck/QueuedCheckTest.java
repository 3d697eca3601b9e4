package dev.dockerflow.jakarta.tck;

import static dev.dockerflow.jakarta.tck.Http.expected;
import static dev.dockerflow.jakarta.tck.Http.get;
import static dev.dockerflow.jakarta.tck.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.dockerflow.jakarta.tck.deployment.FirstGatedCheck;
import dev.dockerflow.jakarta.tck.deployment.Gate;
import dev.dockerflow.jakarta.tck.deployment.GatedCheck;
import dev.dockerflow.jakarta.tck.deployment.SecondGatedCheck;
import dev.dockerflow.jakarta.tck.deployment.ThirdGatedCheck;

/**
 * More blocked checks than the platform's managed executor has threads (the kit's runtimes give it
 * two, with a queue): at the timeout the heartbeat reports them all timed out, including the one still
 * queued. Once the checks can pass, the heartbeat must be ok again within a few seconds: a check
 * cancelled before it started must not stay "timed out" until the application is redeployed.
 */
@ExtendWith(ArquillianExtension.class)
class QueuedCheckTest {

    /** How long the heartbeat may take to be ok again once the gate is open. */
    static final long RECOVERY_MILLIS = 15_000;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(QueuedCheckTest.class)
                .with(Gate.class, GatedCheck.class, FirstGatedCheck.class, SecondGatedCheck.class,
                        ThirdGatedCheck.class)
                .config("dockerflow.heartbeat.timeout", "1000")
                .config("dockerflow.heartbeat.details", "always").build();
    }

    @ArquillianResource
    URL base;

    @AfterEach
    void openGate() {
        Http.send("POST", base, "tck/gate");
    }

    @Test
    void recoversOnceTheQueuedCheckCanRun() {
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> blocked = get(base, "__heartbeat__");

            assertEquals(500, blocked.statusCode(), blocked.body());
            assertEquals(expected("""
                    {'status': 'error', 'checks': {'gated_1': 'error', 'gated_2': 'error', 'gated_3': 'error'},
                     'details': {
                       'gated_1': {'status': 'error', 'level': 40,
                                   'messages': {'dockerflow.heartbeat.E001': 'timed out after 1000 ms'}},
                       'gated_2': {'status': 'error', 'level': 40,
                                   'messages': {'dockerflow.heartbeat.E001': 'timed out after 1000 ms'}},
                       'gated_3': {'status': 'error', 'level': 40,
                                   'messages': {'dockerflow.heartbeat.E001': 'timed out after 1000 ms'}}}}
                    """), json(blocked));
        }

        assertEquals(204, Http.send("POST", base, "tck/gate").statusCode());

        long giveUp = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RECOVERY_MILLIS);
        HttpResponse<String> last;
        do {
            last = get(base, "__heartbeat__");
            if (last.statusCode() == 200) {
                assertEquals(expected("""
                        {'status': 'ok', 'checks': {'gated_1': 'ok', 'gated_2': 'ok', 'gated_3': 'ok'}, 'details': {}}
                        """), json(last));
                return;
            }
        } while (System.nanoTime() - giveUp < 0);
        fail("the heartbeat was still " + last.statusCode() + " " + RECOVERY_MILLIS + " ms after the checks could pass: "
                + last.body());
    }
}
