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
import dev.dockerflow.jakarta.tck.deployment.InfoCheck;

/**
 * A passing heartbeat fires HeartbeatPassed, with its level, to synchronous and asynchronous
 * observers; the load balancer's heartbeat fires nothing.
 */
@ExtendWith(ArquillianExtension.class)
class HeartbeatPassedEventTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(HeartbeatPassedEventTest.class).with(InfoCheck.class, HeartbeatObservers.class).build();
    }

    @ArquillianResource
    URL base;

    @Test
    void reachesEveryObserver() {
        assertEquals(200, get(base, "__lbheartbeat__").statusCode());
        assertEquals(200, get(base, "__heartbeat__").statusCode());

        assertEquals(expected("{'sync': ['passed 20'], 'async': ['passed 20']}"),
                json(get(base, "tck/events?async=1")));
    }
}
