package dev.dockerflow.jakarta.tck;

import static dev.dockerflow.jakarta.tck.Http.expected;
import static dev.dockerflow.jakarta.tck.Http.get;
import static dev.dockerflow.jakarta.tck.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;

import dev.dockerflow.jakarta.tck.deployment.DiskSettings;
import dev.dockerflow.jakarta.tck.deployment.OkCheck;
import dev.dockerflow.jakarta.tck.deployment.QualifiedNameCheck;
import dev.dockerflow.jakarta.tck.deployment.QualifiedNameProducers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code @CheckName} names checks on a class and on producer methods, beside another bean whose
 * {@code @Named} name is the same; {@code dockerflow.skipped-checks} leaves out an application check by
 * that name and one by its {@code @Named} name.
 */
@ExtendWith(ArquillianExtension.class)
class CheckNameTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(CheckNameTest.class)
                .with(QualifiedNameCheck.class, QualifiedNameProducers.class, DiskSettings.class, OkCheck.class)
                .config("dockerflow.skipped-checks", "jobs,ok_check")
                .config("dockerflow.heartbeat.details", "always").build();
    }

    @ArquillianResource
    URL base;

    @Test
    void runsTheNamedChecksButTheSkippedOnes() {
        HttpResponse<String> response = get(base, "__heartbeat__");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(expected("{'status': 'ok', 'checks': {'disk': 'ok', 'queue': 'ok'}, 'details': {}}"),
                json(response));
    }
}
