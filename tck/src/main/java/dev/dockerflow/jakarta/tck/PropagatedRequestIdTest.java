package dev.dockerflow.jakarta.tck;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.dockerflow.jakarta.tck.deployment.ArrivalLog;
import dev.dockerflow.jakarta.tck.deployment.MicroProfileExecutor;
import dev.dockerflow.jakarta.tck.deployment.PropagatedContinuations;
import dev.dockerflow.jakarta.tck.deployment.PropagationApplication;
import dev.dockerflow.jakarta.tck.deployment.SummaryRecorder;

/**
 * Asynchronous Jakarta REST over MicroProfile Context Propagation: the line a continuation logs on the
 * application's {@code ManagedExecutor} carries the request's id, as does request.summary, written on that
 * thread; and no request thread carries the id on once the response is written, which the requests that
 * follow show on arrival, before their own id is bound. {@link AsyncRequestIdTest} shows the same over
 * Jakarta Concurrency.
 */
@ExtendWith(ArquillianExtension.class)
class PropagatedRequestIdTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(PropagatedRequestIdTest.class).applications(PropagationApplication.class)
                .with(SummaryRecorder.class, PropagatedContinuations.class, MicroProfileExecutor.class, ArrivalLog.class)
                .build();
    }

    @ArquillianResource
    URL base;

    @Test
    void aSuspendedResponseResumedOnTheManagedExecutor() {
        AsyncRequestIds.carriedAndLeftNowhere(base, "propagated/suspended", "resumed", "resuming");
    }

    @Test
    void aCompletionStageCompletedOnTheManagedExecutor() {
        AsyncRequestIds.carriedAndLeftNowhere(base, "propagated/stage", "completed", "completing");
    }
}
