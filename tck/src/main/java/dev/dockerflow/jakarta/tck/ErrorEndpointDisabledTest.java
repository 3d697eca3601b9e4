package dev.dockerflow.jakarta.tck;

import static dev.dockerflow.jakarta.tck.Http.get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** By default there is no {@code /__error__}: an application's 404. */
@ExtendWith(ArquillianExtension.class)
class ErrorEndpointDisabledTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(ErrorEndpointDisabledTest.class).build();
    }

    @ArquillianResource
    URL base;

    @Test
    void isNotServed() {
        assertEquals(404, get(base, "__error__").statusCode());
    }
}
