package dev.dockerflow.jakarta.tck;

import static dev.dockerflow.jakarta.tck.Http.expected;
import static dev.dockerflow.jakarta.tck.Http.get;
import static dev.dockerflow.jakarta.tck.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.dockerflow.jakarta.tck.deployment.HeartbeatObservers;
import dev.dockerflow.jakarta.tck.deployment.WarningCheck;

/** A failed heartbeat fires HeartbeatFailed, with its level, to synchronous and asynchronous observers. */
@ExtendWith(ArquillianExtension.class)
class HeartbeatFailedEventTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(HeartbeatFailedEventTest.class).with(WarningCheck.class, HeartbeatObservers.class).build();
    }

    @ArquillianResource
    URL base;

    @Test
    void reachesEveryObserver() {
        assertEquals(500, get(base, "__heartbeat__").statusCode());
        assertEquals(500, get(base, "__heartbeat__").statusCode());

        assertEquals(expected("{'sync': ['failed 30', 'failed 30'], 'async': ['failed 30', 'failed 30']}"),
                json(get(base, "tck/events?async=2")));
    }
}
